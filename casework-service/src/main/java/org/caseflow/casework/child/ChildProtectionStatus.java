package org.caseflow.casework.child;

import java.time.LocalDate;

/**
 * Where the child stands with child protection, as the child's summary shows it.
 *
 * @param onPlan          whether the child is on a child protection plan now
 * @param currentPlan     the plan they are on; null when they are on none
 * @param plansEnded      how many of the child's plans have ended
 * @param lastPlanEndedOn when the most recent of those ended; null when none has
 */
public record ChildProtectionStatus(boolean onPlan, CurrentPlan currentPlan, int plansEnded, LocalDate lastPlanEndedOn) {

    /** A child never on a plan. */
    public static final ChildProtectionStatus NEVER_ON_A_PLAN = new ChildProtectionStatus(false, null, 0, null);

    /**
     * The plan the child is on.
     *
     * @param since                        the day it started (the initial conference's)
     * @param category                     of abuse or neglect, e.g. {@code NEGLECT}
     * @param planNumber                   which of the child's plans this is: 1 for the first
     * @param repeatPlan                   a second or later plan
     * @param previousPlanEndedOn          for a repeat plan, when the one before it ended; null if its end is not recorded
     * @param withinTwoYearsOfPreviousPlan for a repeat plan, whether it started within 2 years of the previous one
     *                                     ending (null when that end is not recorded); false for a first plan
     * @param lastVisit                    the latest child protection visit; null before the first
     */
    public record CurrentPlan(String cpPlanId, LocalDate since, String category, String team, String leadSocialWorker,
            int planNumber, boolean repeatPlan, LocalDate previousPlanEndedOn, Boolean withinTwoYearsOfPreviousPlan,
            LocalDate nextReviewConferenceDueOn, LastVisit lastVisit, LocalDate nextVisitDueOn, LocalDate nextCoreGroupDueOn) {
    }

    /** @param visitedOn the visit's business date */
    public record LastVisit(LocalDate visitedOn, boolean childSeen, boolean childSeenAlone) {
    }
}
