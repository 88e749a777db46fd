package org.caseflow.returns.record;

import java.time.LocalDate;
import java.util.List;

/**
 * A child in need episode: from a referral to its closure, with the work done within it (CIN census
 * CINdetails; Annex A lists 3 to 7).
 *
 * @param referralNfa      the referral was closed with no further action (ReferralNFA)
 * @param closureDate      null while the episode is open
 * @param allocation       who holds the case now, or held it at closure
 * @param childLastSeenOn  the last day the child was seen (Annex A list 6)
 */
public record CinEpisode(LocalDate referralDate, ReferralSource referralSource, PrimaryNeed primaryNeed, boolean referralNfa,
        LocalDate closureDate, ReasonForClosure reasonForClosure, List<Assessment> assessments, List<CinPlan> cinPlans,
        List<Section47Enquiry> section47Enquiries, List<CpPlan> cpPlans, Allocation allocation, LocalDate childLastSeenOn) {

    public CinEpisode {
        assessments = Copies.of(assessments);
        cinPlans = Copies.of(cinPlans);
        section47Enquiries = Copies.of(section47Enquiries);
        cpPlans = Copies.of(cpPlans);
        allocation = allocation == null ? Allocation.NONE : allocation;
    }
}
