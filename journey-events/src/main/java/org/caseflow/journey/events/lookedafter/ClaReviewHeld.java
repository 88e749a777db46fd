package org.caseflow.journey.events.lookedafter;

import static org.caseflow.journey.events.lookedafter.LookedAfterData.CLA_PERIOD_ID;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.INDEPENDENT_REVIEWING_OFFICER;

import java.time.LocalDate;
import org.caseflow.journey.events.JourneyEvent;

/**
 * A looked-after child's review was held (task {@code HoldClaReview}), chaired by an independent
 * reviewing officer: the first due within 20 working days of entering care (rule T17), the second
 * within 3 months of the first (T18), each later one within 6 months of the one before (T19).
 */
public record ClaReviewHeld(String claPeriodId, String laChildId, LocalDate heldOn, LocalDate dueOn, String independentReviewingOfficer) {

    public static final String TYPE = "ClaReviewHeld";

    public static ClaReviewHeld from(JourneyEvent event) {
        return new ClaReviewHeld(event.require(CLA_PERIOD_ID), event.laChildId(), event.occurredOn(), event.dueOn(),
                event.require(INDEPENDENT_REVIEWING_OFFICER));
    }

    public boolean inTime() {
        return dueOn == null || !heldOn.isAfter(dueOn);
    }
}
