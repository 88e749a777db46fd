package org.caseflow.support.feed;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How far a service has read the journey event feed, kept in its own database (table
 * {@code feed_cursor}, created by the service's migrations) so that it moves in the same
 * transaction as the changes the events caused.
 */
class FeedCursor {

    private final JdbcClient jdbc;
    private final String consumer;

    FeedCursor(JdbcClient jdbc, String consumer) {
        this.jdbc = jdbc;
        this.consumer = consumer;
    }

    long position() {
        jdbc.sql("insert into feed_cursor (consumer, position) values (:consumer, 0) on conflict do nothing")
                .param("consumer", consumer).update();
        return jdbc.sql("select position from feed_cursor where consumer = :consumer")
                .param("consumer", consumer).query(Long.class).single();
    }

    /**
     * Moves the cursor from {@code expected} to {@code next}; fails when another instance of the
     * service has moved it meanwhile, so that the transaction rolls back rather than apply twice.
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
