package org.caseflow.kpi.facts;

import java.util.Set;
import org.caseflow.journey.events.JourneyEvent;

/**
 * Records the facts of one feature (contacts, referrals, assessments…) from the journey events it
 * claims. Each feature package declares its own, so a new stage adds a recorder beside its
 * measures and changes nothing here. Every write is keyed by the fact's id, so applying an event
 * a second time (a replay of the feed) changes nothing.
 */
public interface FactRecorder {

    /** The journey event types this feature records facts from; no other recorder may claim them. */
    Set<String> eventTypes();

    /** Records the facts of an event of one of {@link #eventTypes()}; throws for one it cannot hold. */
    void record(JourneyEvent event);
}
