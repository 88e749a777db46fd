package org.caseflow.workflow.cpplan.rules;

import static org.caseflow.journey.events.childprotection.ChildProtectionData.CHILD_SEEN_ALONE;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.CORE_GROUP_DATE;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.PLAN_END_REASON;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.REVIEW_CONFERENCE_DATE;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.VISIT_DATE;

import java.time.LocalDate;
import org.caseflow.journey.events.childprotection.PlanEndReason;
import org.caseflow.journey.events.childprotection.ReviewDecision;
import org.caseflow.workflow.rules.RecurringWorkRules;
import org.caseflow.workflow.rules.RecurringWorkRules.Meeting;
import org.caseflow.workflow.rules.RecurringWorkRules.Visit;
import org.caseflow.workflow.rules.RuleViolation;

/**
 * What the work of a child protection plan must say: its visits (rule T10), core groups (T5, T6)
 * and review conferences (T7, T8), each as {@link RecurringWorkRules} has every plan's work; and a
 * review conference that ends the plan says why.
 */
public final class CpPlanRules {

    private CpPlanRules() {
    }

    public record ReviewConference(Meeting meeting, ReviewDecision decision, PlanEndReason endReason) {
    }

    public static void checkVisit(Visit visit, LocalDate today) {
        RecurringWorkRules.checkVisit(visit, VISIT_DATE, CHILD_SEEN_ALONE, today);
    }

    public static void checkCoreGroup(Meeting meeting, LocalDate today) {
        RecurringWorkRules.checkMeeting(meeting, CORE_GROUP_DATE, today);
    }

    public static void checkReviewConference(ReviewConference review, LocalDate today) {
        RecurringWorkRules.checkMeeting(review.meeting(), REVIEW_CONFERENCE_DATE, today);
        if (review.decision() == ReviewDecision.END_PLAN && review.endReason() == null) {
            throw new RuleViolation(PLAN_END_REASON, "Ending the plan needs the reason it ends.");
        }
    }
}
