package org.caseflow.journey.events.childinneed;

import static org.caseflow.journey.events.childinneed.CinData.CIN_CHILD_SEEN;
import static org.caseflow.journey.events.childinneed.CinData.CIN_CHILD_SEEN_ALONE;
import static org.caseflow.journey.events.childinneed.CinData.CIN_PLAN_ID;

import java.time.LocalDate;
import org.caseflow.journey.events.JourneyEvent;

/**
 * A child in need visit was made (task {@code RecordCinVisit}); due the local interval (rule T11)
 * after the last visit in which the child was seen, or the plan's start.
 */
public record CinVisitMade(String cinPlanId, String laChildId, LocalDate visitedOn, LocalDate dueOn, boolean childSeen,
        boolean childSeenAlone, String visitedBy) {

    public static final String TYPE = "CinVisitMade";

    public static CinVisitMade from(JourneyEvent event) {
        return new CinVisitMade(event.require(CIN_PLAN_ID), event.laChildId(), event.occurredOn(), event.dueOn(),
                event.flag(CIN_CHILD_SEEN), event.flag(CIN_CHILD_SEEN_ALONE), event.worker());
    }

    /** Made, with the child seen, on or before its due date. */
    public boolean inTime() {
        return childSeen && (dueOn == null || !visitedOn.isAfter(dueOn));
    }
}
