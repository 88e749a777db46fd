package org.caseflow.casework.feed;

import java.util.Set;
import org.caseflow.journey.events.JourneyEvent;

/**
 * One feature's part of the case record: the journey event types it applies, and how. Each type is
 * applied by one handler only, which start-up checks. A new stage of the journey is one more of
 * these, in the stage's own package; the projection finds it and needs no change.
 */
public interface CaseRecordHandler {

    /** The journey event types this feature applies, e.g. {@code ContactReceived.TYPE}. */
    Set<String> eventTypes();

    /**
     * Applies the event to this feature's records, keyed so that applying it again changes nothing.
     * The child's row exists already. An event it cannot apply makes it throw, and the event is set
     * aside.
     *
     * @return what happened, in the words a social worker reads in the child's chronology
     */
    String apply(JourneyEvent event);
}
