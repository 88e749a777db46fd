package org.caseflow.returns.record;

import java.time.LocalDate;
import java.util.List;

/**
 * A period of being looked after, with its legal statuses and placements as dated spells: SSDA903
 * splits it into an episode at every change of either (Annex A list 8).
 *
 * @param endDate              null while the child is looked after
 * @param reasonCeased         why it ended; null while it is open
 * @param homePostcodeDistrict the district of the home the child was taken from (SSDA903 HOME_POST)
 * @param lastVisitOn          the last statutory visit
 */
public record CarePeriod(LocalDate startDate, LocalDate endDate, ReasonCeased reasonCeased, CategoryOfNeed categoryOfNeed,
        String homePostcodeDistrict, List<LegalStatusSpell> legalStatuses, List<Placement> placements, List<ClaReview> reviews,
        Allocation allocation, LocalDate lastVisitOn) {

    public CarePeriod {
        legalStatuses = Copies.of(legalStatuses);
        placements = Copies.of(placements);
        reviews = Copies.of(reviews);
        allocation = allocation == null ? Allocation.NONE : allocation;
    }
}
