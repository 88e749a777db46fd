package org.caseflow.support.feed;

import org.caseflow.journey.events.JourneyEvent;

/**
 * What a service does with each journey event, inside the transaction that also moves its feed
 * cursor. It must be idempotent: applying an event a second time (a replay) changes nothing.
 */
@FunctionalInterface
public interface JourneyEventHandler {

    void apply(JourneyEvent event);
}
