package org.caseflow.journey.events.lookedafter;

import static org.caseflow.journey.events.lookedafter.LookedAfterData.CLA_CHILD_SEEN;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.CLA_CHILD_SEEN_ALONE;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.CLA_PERIOD_ID;

import java.time.LocalDate;
import org.caseflow.journey.events.JourneyEvent;

/**
 * A statutory visit to a looked-after child was made (task {@code RecordClaVisit}): due within a
 * week of a placement's start (rule T12), then within 6 weeks of the last visit in a placement's
 * first year (T13), and after it within 3 months for a placement meant to last until 18, else 6
 * weeks (T14).
 */
public record ClaVisitMade(String claPeriodId, String laChildId, LocalDate visitedOn, LocalDate dueOn, boolean childSeen,
        boolean childSeenAlone, String visitedBy) {

    public static final String TYPE = "ClaVisitMade";

    public static ClaVisitMade from(JourneyEvent event) {
        return new ClaVisitMade(event.require(CLA_PERIOD_ID), event.laChildId(), event.occurredOn(), event.dueOn(),
                event.flag(CLA_CHILD_SEEN), event.flag(CLA_CHILD_SEEN_ALONE), event.worker());
    }

    /** Made, with the child seen, on or before its due date. */
    public boolean inTime() {
        return childSeen && (dueOn == null || !visitedOn.isAfter(dueOn));
    }
}
