package org.caseflow.casework.child;

import java.time.LocalDate;

/**
 * Where the child stands with child in need plans, as the child's summary shows it.
 *
 * @param onPlan          whether the child is on a child in need plan now
 * @param currentPlan     the plan they are on; null when they are on none
 * @param plansEnded      how many of the child's child in need plans have ended
 * @param lastPlanEndedOn when the most recent of those ended; null when none has
 */
public record ChildInNeedStatus(boolean onPlan, CurrentPlan currentPlan, int plansEnded, LocalDate lastPlanEndedOn) {

    /** A child never on a child in need plan. */
    public static final ChildInNeedStatus NEVER_ON_A_PLAN = new ChildInNeedStatus(false, null, 0, null);

    /**
     * The plan the child is on.
     *
     * @param since           the day it started (the decision that made it)
     * @param origin          what made it, e.g. {@code ASSESSMENT}, {@code CP_PLAN_STEP_DOWN}
     * @param referralId      the referral whose child in need episode the plan sits in
     * @param lastVisit       the latest child in need visit; null before the first
     * @param lastReviewOn    the latest review; null before the first
     */
    public record CurrentPlan(String cinPlanId, String referralId, LocalDate since, String origin, String team,
            String leadWorker, LastVisit lastVisit, LocalDate nextVisitDueOn, LocalDate lastReviewOn, LocalDate nextReviewDueOn) {
    }

    /** @param visitedOn the visit's business date */
    public record LastVisit(LocalDate visitedOn, boolean childSeen, boolean childSeenAlone) {
    }
}
