package org.caseflow.journey.events.childprotection;

import static org.caseflow.journey.events.childprotection.ChildProtectionData.CHILD_SEEN;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.CHILD_SEEN_ALONE;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.CP_PLAN_ID;

import java.time.LocalDate;
import org.caseflow.journey.events.JourneyEvent;

/**
 * A child protection visit was made (task {@code RecordCpVisit}); due the local interval (rule T10)
 * after the last visit actually made, or the plan's start.
 */
public record CpVisitMade(String cpPlanId, String laChildId, LocalDate visitedOn, LocalDate dueOn, boolean childSeen,
        boolean childSeenAlone, String visitedBy) {

    public static final String TYPE = "CpVisitMade";

    public static CpVisitMade from(JourneyEvent event) {
        return new CpVisitMade(event.require(CP_PLAN_ID), event.laChildId(), event.occurredOn(), event.dueOn(),
                event.flag(CHILD_SEEN), event.flag(CHILD_SEEN_ALONE), event.worker());
    }

    /** Made, with the child seen, on or before its due date. */
    public boolean inTime() {
        return childSeen && (dueOn == null || !visitedOn.isAfter(dueOn));
    }
}
