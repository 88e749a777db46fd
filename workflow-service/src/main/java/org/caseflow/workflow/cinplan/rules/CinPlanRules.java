package org.caseflow.workflow.cinplan.rules;

import static org.caseflow.journey.events.childinneed.CinData.CIN_CHILD_SEEN_ALONE;
import static org.caseflow.journey.events.childinneed.CinData.CIN_PLAN_END_REASON;
import static org.caseflow.journey.events.childinneed.CinData.CIN_REVIEW_DATE;
import static org.caseflow.journey.events.childinneed.CinData.CIN_VISIT_DATE;

import java.time.LocalDate;
import org.caseflow.journey.events.childinneed.CinPlanEndReason;
import org.caseflow.journey.events.childinneed.CinReviewDecision;
import org.caseflow.workflow.rules.RecurringWorkRules;
import org.caseflow.workflow.rules.RecurringWorkRules.Meeting;
import org.caseflow.workflow.rules.RecurringWorkRules.Visit;
import org.caseflow.workflow.rules.RuleViolation;

/**
 * What the work of a child in need plan must say: its visits (local rule T11) and reviews (local
 * rule T23), as {@link RecurringWorkRules} has every plan's work; a review that ends the plan says
 * why, and where the child goes.
 */
public final class CinPlanRules {

    private CinPlanRules() {
    }

    public record Review(Meeting meeting, CinReviewDecision decision, CinPlanEndReason endReason) {
    }

    public static void checkVisit(Visit visit, LocalDate today) {
        RecurringWorkRules.checkVisit(visit, CIN_VISIT_DATE, CIN_CHILD_SEEN_ALONE, today);
    }

    public static void checkReview(Review review, LocalDate today) {
        RecurringWorkRules.checkMeeting(review.meeting(), CIN_REVIEW_DATE, today);
        if (review.decision() == CinReviewDecision.END_PLAN && review.endReason() == null) {
            throw new RuleViolation(CIN_PLAN_END_REASON, "Ending the plan needs the reason it ends, and where the child goes.");
        }
    }
}
