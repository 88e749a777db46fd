package org.caseflow.support.feed;

import org.caseflow.journey.events.JourneyEvent;

/**
 * What a service does with each journey event, inside the transaction that also moves its feed
 * cursor. It must be idempotent: applying an event a second time (a replay) changes nothing.
 * <p>
 * An event it cannot apply should make it throw: its writes are undone and the event is kept in
 * the service's {@code feed_quarantine} table while the rest of the feed is applied. A failure of
 * the database itself (down, unreachable, a lock or serialization conflict: Spring's
 * {@code TransientDataAccessException}, {@code RecoverableDataAccessException},
 * {@code DataAccessResourceFailureException}) is not the event's fault and rolls back the whole
 * page instead, to be read again.
 */
@FunctionalInterface
public interface JourneyEventHandler {

    void apply(JourneyEvent event);
}
