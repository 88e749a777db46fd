package org.caseflow.casework.cpplan;

import java.time.LocalDate;
import java.util.List;

/**
 * One of a child's child protection plans, start to end, with its meetings and visits, oldest first.
 *
 * @param planNumber                   which of the child's plans it is: 1 for the first
 * @param repeatPlan                   a second or later plan
 * @param withinTwoYearsOfPreviousPlan for a repeat, whether it started within 2 years of the previous plan ending
 *                                     (null when that end is not recorded); false for a first plan
 * @param endedOn                      the day a review conference ended it; null while it is open
 */
public record PlanHistory(String cpPlanId, String referralId, int planNumber, boolean repeatPlan,
        LocalDate previousPlanEndedOn, Boolean withinTwoYearsOfPreviousPlan, LocalDate startedOn, String category, String team,
        String leadSocialWorker, LocalDate endedOn, String endReason, List<CoreGroup> coreGroups, List<Visit> visits,
        List<ReviewConference> reviewConferences) {

    /** @param inTime held on or before its due date */
    public record CoreGroup(LocalDate heldOn, LocalDate dueOn, boolean inTime) {
    }

    /** @param inTime made with the child seen, on or before its due date */
    public record Visit(LocalDate visitedOn, LocalDate dueOn, boolean childSeen, boolean childSeenAlone, String visitedBy,
            boolean inTime) {
    }

    /** @param endReason why the plan ended, when this conference ended it */
    public record ReviewConference(LocalDate heldOn, LocalDate dueOn, boolean inTime, String decision, String endReason) {
    }
}
