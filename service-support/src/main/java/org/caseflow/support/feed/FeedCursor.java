package org.caseflow.support.feed;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How far a service has read the journey event feed, kept in its own database (table
 * {@code feed_cursor}, created by the service's migrations) so that it moves in the same
 * transaction as the changes the events caused.
 * <p>
 * Several instances of a service may read the feed at once. Each page's transaction takes the
 * consumer's cursor row {@code for update} before it reads the page, so one instance at a time
 * applies a page and the others wait for it, then read on from where it committed. A row lock
 * rather than an advisory lock: it is held by exactly the transaction that moves the cursor and
 * ends with it (commit, rollback, or the server noticing that a killed instance's connection has
 * gone), it needs no key of its own that could collide with another user of advisory locks (Flyway
 * takes one for its migrations), and a waiting instance shows in {@code pg_locks} on the row itself.
 */
class FeedCursor {

    private final JdbcClient jdbc;
    private final String consumer;

    FeedCursor(JdbcClient jdbc, String consumer) {
        this.jdbc = jdbc;
        this.consumer = consumer;
    }

    /**
     * Where the consumer stands, with its cursor row locked until the transaction ends: another
     * instance asking meanwhile waits, and then sees the position this transaction committed.
     */
    long position() {
        jdbc.sql("insert into feed_cursor (consumer, position) values (:consumer, 0) on conflict do nothing")
                .param("consumer", consumer).update();
        return jdbc.sql("select position from feed_cursor where consumer = :consumer for update")
                .param("consumer", consumer).query(Long.class).single();
    }

    /**
     * Moves the cursor from {@code expected} to {@code next}; fails when it has moved meanwhile, so
     * that the transaction rolls back rather than apply twice. With the row locked since
     * {@link #position()} in the same transaction that cannot happen; the check stays as the last
     * guard, should the cursor ever be read outside a transaction (its lock would end with the statement).
     */
    void advance(long expected, long next) {
        int moved = jdbc.sql("update feed_cursor set position = :next where consumer = :consumer and position = :expected")
                .param("next", next).param("expected", expected).param("consumer", consumer).update();
        if (moved != 1) {
            throw new ConcurrentFeedReadException(consumer, expected);
        }
    }

    /** Back to the start: the next read replays the whole feed. */
    void reset() {
        jdbc.sql("update feed_cursor set position = 0 where consumer = :consumer").param("consumer", consumer).update();
    }

    static class ConcurrentFeedReadException extends RuntimeException {

        ConcurrentFeedReadException(String consumer, long expected) {
            super("The feed cursor of " + consumer + " moved past " + expected + " while this batch was applied");
        }
    }
}
