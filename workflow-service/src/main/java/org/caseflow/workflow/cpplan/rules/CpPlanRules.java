package org.caseflow.workflow.cpplan.rules;

import static org.caseflow.journey.events.childprotection.ChildProtectionData.CHILD_SEEN_ALONE;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.CORE_GROUP_DATE;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.PLAN_END_REASON;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.REVIEW_CONFERENCE_DATE;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.VISIT_DATE;

import java.time.LocalDate;
import org.caseflow.journey.events.childprotection.PlanEndReason;
import org.caseflow.journey.events.childprotection.ReviewDecision;
import org.caseflow.workflow.rules.BusinessDateRules;
import org.caseflow.workflow.rules.RuleViolation;

/**
 * What the work of a child protection plan must say: its visits (rule T10), core groups (T5, T6)
 * and review conferences (T7, T8). Each is dated within the plan and not in the future; when it
 * was late is measured, not refused: the visit happened, and the record must say so.
 */
public final class CpPlanRules {

    private CpPlanRules() {
    }

    /**
     * @param countedFrom the day its clock counts from: the plan's start, or the last visit in which
     *                    the child was seen
     */
    public record Visit(LocalDate countedFrom, LocalDate visitedOn, boolean childSeen, boolean childSeenAlone) {
    }

    /** @param countedFrom the day its clock counts from: the plan's start, or the last one held */
    public record Meeting(LocalDate countedFrom, LocalDate heldOn) {
    }

    public record ReviewConference(Meeting meeting, ReviewDecision decision, PlanEndReason endReason) {
    }

    /** A visit within the plan, after the last one; a child seen alone was seen. */
    public static void checkVisit(Visit visit, LocalDate today) {
        BusinessDateRules.requireHappened(VISIT_DATE, visit.visitedOn(), today);
        BusinessDateRules.requireNotBefore(VISIT_DATE, visit.visitedOn(), "the start of the plan or the last visit",
                visit.countedFrom());
        if (visit.childSeenAlone() && !visit.childSeen()) {
            throw new RuleViolation(CHILD_SEEN_ALONE, "A child seen alone was seen: please tick that the child was seen.");
        }
    }

    /** A core group within the plan, on or after the last one. */
    public static void checkCoreGroup(Meeting meeting, LocalDate today) {
        checkMeeting(CORE_GROUP_DATE, meeting, today);
    }

    /** A review conference within the plan, on or after the last; ending the plan says why. */
    public static void checkReviewConference(ReviewConference review, LocalDate today) {
        checkMeeting(REVIEW_CONFERENCE_DATE, review.meeting(), today);
        if (review.decision() == ReviewDecision.END_PLAN && review.endReason() == null) {
            throw new RuleViolation(PLAN_END_REASON, "Ending the plan needs the reason it ends.");
        }
    }

    private static void checkMeeting(String field, Meeting meeting, LocalDate today) {
        BusinessDateRules.requireHappened(field, meeting.heldOn(), today);
        BusinessDateRules.requireNotBefore(field, meeting.heldOn(), "the start of the plan or the last one", meeting.countedFrom());
    }
}
