package org.caseflow.journey.events.childinneed;

import static org.caseflow.journey.events.childinneed.CinData.CIN_PLAN_END_REASON;
import static org.caseflow.journey.events.childinneed.CinData.CIN_PLAN_ID;
import static org.caseflow.journey.events.childinneed.CinData.CIN_REVIEW_DECISION;

import java.time.LocalDate;
import org.caseflow.journey.events.JourneyEvent;

/**
 * A child in need plan was reviewed (task {@code HoldCinReview}), due the local interval (rule T23)
 * after the plan's start or the last review. A decision to end the plan ends it that day.
 */
public record CinReviewHeld(String cinPlanId, String laChildId, LocalDate heldOn, LocalDate dueOn, CinReviewDecision decision,
        CinPlanEndReason endReason) {

    public static final String TYPE = "CinReviewHeld";

    public static CinReviewHeld from(JourneyEvent event) {
        return new CinReviewHeld(event.require(CIN_PLAN_ID), event.laChildId(), event.occurredOn(), event.dueOn(),
                CinReviewDecision.valueOf(event.require(CIN_REVIEW_DECISION)),
                event.text(CIN_PLAN_END_REASON).map(CinPlanEndReason::valueOf).orElse(null));
    }

    public boolean endsThePlan() {
        return decision == CinReviewDecision.END_PLAN;
    }

    public boolean inTime() {
        return dueOn == null || !heldOn.isAfter(dueOn);
    }
}
