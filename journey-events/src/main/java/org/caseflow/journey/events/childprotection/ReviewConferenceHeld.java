package org.caseflow.journey.events.childprotection;

import static org.caseflow.journey.events.childprotection.ChildProtectionData.CP_PLAN_ID;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.PLAN_END_REASON;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.REVIEW_DECISION;

import java.time.LocalDate;
import org.caseflow.journey.events.JourneyEvent;

/**
 * A child protection review conference was held (task {@code HoldReviewConference}): the first due
 * within 3 months of the initial conference (rule T7), each later one within 6 months of the one
 * before (T8). A decision to end the plan ends it that day.
 */
public record ReviewConferenceHeld(String cpPlanId, String laChildId, LocalDate heldOn, LocalDate dueOn, ReviewDecision decision,
        PlanEndReason endReason) {

    public static final String TYPE = "ReviewConferenceHeld";

    public static ReviewConferenceHeld from(JourneyEvent event) {
        return new ReviewConferenceHeld(event.require(CP_PLAN_ID), event.laChildId(), event.occurredOn(), event.dueOn(),
                ReviewDecision.valueOf(event.require(REVIEW_DECISION)),
                event.text(PLAN_END_REASON).map(PlanEndReason::valueOf).orElse(null));
    }

    public boolean endsThePlan() {
        return decision == ReviewDecision.END_PLAN;
    }

    public boolean inTime() {
        return dueOn == null || !heldOn.isAfter(dueOn);
    }
}
