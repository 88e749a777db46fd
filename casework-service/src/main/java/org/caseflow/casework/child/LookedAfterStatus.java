package org.caseflow.casework.child;

import java.time.LocalDate;

/**
 * Where the child stands with being looked after, as the child's summary shows it.
 *
 * @param onCare            whether the child is looked after now: a period of care is open
 * @param currentPeriod     the open period of care; null when there is none
 * @param periodsEnded      how many of the child's periods of care have ended
 * @param lastPeriodEndedOn when the most recent of those ended; null when none has
 */
public record LookedAfterStatus(boolean onCare, CurrentPeriod currentPeriod, int periodsEnded, LocalDate lastPeriodEndedOn) {

    /** A child never looked after. */
    public static final LookedAfterStatus NEVER_LOOKED_AFTER = new LookedAfterStatus(false, null, 0, null);

    /**
     * The period of care the child is in.
     *
     * @param since           the day the child started to be looked after (SSDA903 DECOM)
     * @param legalStatus     SSDA903 LS code and its words, e.g. {@code C2}, "full care order"
     * @param shortBreaksOnly looked after only under an agreed series of short breaks ({@code V3}, {@code V4}): shown on the
     *                        record, but not counted among children looked after (DfE), so the child's level is not looked after
     * @param categoryOfNeed  {@code N1} to {@code N8}, with its words
     * @param team            the children in care team that holds the case
     * @param socialWorker    the child's social worker now: the worker the case was last allocated to since the period
     *                        started, else the one named as it started
     * @param placement       where the child lives now
     * @param lastVisit       the latest statutory visit; null before the first
     * @param lastReviewOn    the latest review; null before the first
     */
    public record CurrentPeriod(String claPeriodId, LocalDate since, CodeAndWords legalStatus, boolean shortBreaksOnly,
            CodeAndWords categoryOfNeed, String team, String socialWorker, Placement placement, LastVisit lastVisit,
            LocalDate nextVisitDueOn, LocalDate lastReviewOn, LocalDate nextReviewDueOn) {
    }

    /**
     * @param type             SSDA903 PLACE code and its words, e.g. {@code U6}
     * @param provider         SSDA903 PLACE_PROVIDER code and its words, e.g. {@code PR1}
     * @param postcodeDistrict the district only, e.g. {@code SE9}
     * @param since            the placement's start
     * @param untilEighteen    meant to last until the child is 18
     */
    public record Placement(CodeAndWords type, CodeAndWords provider, String postcodeDistrict, LocalDate since, boolean untilEighteen) {
    }

    /** @param visitedOn the visit's business date */
    public record LastVisit(LocalDate visitedOn, boolean childSeen, boolean childSeenAlone) {
    }
}
