package org.caseflow.simulator.facts;

import java.util.Set;
import org.caseflow.journey.events.JourneyEvent;

/**
 * Writes the fact rows of one stage from its journey events, as kpi-service's recorder for that stage records them
 * (its {@code FactRecorder}), reading each event with the contract's typed reader as the recorder does. A fact that
 * a later event completes (a contact's decision, a plan's end) waits here until then.
 */
interface FactRows {

    /** The event types this stage's facts come from. */
    Set<String> eventTypes();

    void write(JourneyEvent event);

    /** Writes what is still waiting for a later event, as it stands when the stream ends: an open plan is open. */
    default void finish() {
    }
}
