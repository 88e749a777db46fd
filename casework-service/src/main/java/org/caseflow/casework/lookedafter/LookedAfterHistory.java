package org.caseflow.casework.lookedafter;

import java.time.LocalDate;
import java.util.List;
import org.caseflow.casework.child.CodeAndWords;

/** A child's periods of care, oldest first, each with its placements, visits and reviews in order. */
public record LookedAfterHistory(String laChildId, List<Period> periods) {

    /**
     * One period of care, start to end. Codes are SSDA903's, each with its words.
     *
     * @param periodNumber    which of the child's periods it is: 1 for the first
     * @param referralId      the referral whose episode it belongs to; null for a direct entry
     * @param episodeId       the episode it belongs to: the referral's, or for a direct entry its own (the period's id)
     * @param startedOn       the day the child started to be looked after (DECOM)
     * @param entryRoute      how the child came into care, e.g. {@code CP_PLAN}, {@code POLICE_PROTECTION} (the journey's code)
     * @param legalStatus     (LS) e.g. {@code C2}, "full care order"
     * @param shortBreaksOnly under an agreed series of short breaks only ({@code V3}, {@code V4})
     * @param categoryOfNeed  (CIN) e.g. {@code N1}, "abuse or neglect"
     * @param team            the team that holds the period of care (the children in care team)
     * @param socialWorker    the child's social worker as the period started
     * @param endedOn         (DEC) the day the child stopped being looked after; null while the period is open
     * @param reasonCeased    (REC) e.g. {@code E45}; null while the period is open
     * @param nextVisitDueOn  null once the period has ended: its clocks stop
     * @param nextReviewDueOn null once the period has ended
     */
    public record Period(String claPeriodId, int periodNumber, String referralId, String episodeId, LocalDate startedOn,
            CodeAndWords entryRoute, CodeAndWords legalStatus, boolean shortBreaksOnly, CodeAndWords categoryOfNeed, String team,
            String socialWorker, LocalDate endedOn, CodeAndWords reasonCeased, LocalDate nextVisitDueOn, LocalDate nextReviewDueOn,
            List<Placement> placements, List<Visit> visits, List<Review> reviews) {
    }

    /**
     * @param endedOn          the day the next placement started, or the period ended; null for the current placement
     * @param type             (PLACE) e.g. {@code K2}, "children's home"
     * @param provider         (PLACE_PROVIDER) e.g. {@code PR4}
     * @param postcodeDistrict (PL_POST) the district only, e.g. {@code SE9}; never an address
     * @param untilEighteen    meant to last until the child is 18
     * @param changeReason     (REASON_PLACE_CHANGE) why the child moved here; null for the period's first placement
     * @param placementPlan    for an emergency placement, its plan once agreed; else null
     */
    public record Placement(LocalDate startedOn, LocalDate endedOn, CodeAndWords type, CodeAndWords provider, String postcodeDistrict,
            boolean untilEighteen, boolean emergency, CodeAndWords changeReason, PlacementPlan placementPlan) {
    }

    /** @param inTime agreed on or before its due date (rule T20) */
    public record PlacementPlan(LocalDate agreedOn, LocalDate dueOn, boolean inTime) {
    }

    /** @param inTime made with the child seen, on or before its due date */
    public record Visit(LocalDate visitedOn, LocalDate dueOn, boolean childSeen, boolean childSeenAlone, String visitedBy, boolean inTime) {
    }

    /** @param inTime held on or before its due date */
    public record Review(LocalDate heldOn, LocalDate dueOn, String independentReviewingOfficer, boolean inTime) {
    }
}
