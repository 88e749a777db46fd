package org.caseflow.returns.annexa;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.caseflow.returns.record.CarePeriod;
import org.caseflow.returns.record.ChildRecord;
import org.caseflow.returns.record.ClaReview;
import org.caseflow.returns.record.LegalStatusSpell;
import org.caseflow.returns.record.MissingKind;
import org.caseflow.returns.record.Placement;

/**
 * List 8: periods of care open at any time in the period. The permanence plan, IRO contact, health
 * and dental checks, placement location, return interviews and the placing authority are not in the
 * case record yet and are left blank.
 */
final class ChildrenInCareList {

    static final List<String> HEADINGS = ChildColumns.headings(List.of(
            "Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)",
            ChildColumns.DISABILITY,
            "Date Started to be Looked After",
            "Child's Category of Need",
            "Is this a second or subsequent period of being a Looked After Child within the last 12 months (Y/N)",
            "Start date of current legal status",
            "Child's Legal Status",
            "Date of Latest Statutory Review",
            "Date of Last Social Work Visit",
            "What is the permanence plan for this child?",
            "Date of Last IRO Visit / Contact to the Child",
            "Date of Last Health Assessment",
            "Date of Last Dental Check",
            "Number of Placements in the Last 12 months",
            "Date Ceased to be Looked After",
            "Reason Ceased to be Looked After",
            "Start Date of Most Recent Placement",
            "Placement Type",
            "Placement Provider",
            "Placement postcode",
            "URN of Placement",
            "Placement Location",
            "LA of Placement",
            "Number of Episodes the Child has been ‘Missing’ from their Placement in the last 12 months",
            "Number of Episodes the Child has been ‘Absent’ from their Placement in the last 12 months",
            "Was the child offered a Return Interview after their last missing episode (Y/N)?",
            "Did the child accept a Return Interview after their last missing episode (Y/N)?",
            "Allocated Team",
            "Allocated Worker"));

    private ChildrenInCareList() {
    }

    static AnnexAList build(List<ChildRecord> children, AnnexAPeriod period) {
        List<List<Object>> rows = new ArrayList<>();
        for (ChildRecord child : children) {
            child.carePeriods().stream()
                    .filter(care -> period.overlaps(care.startDate(), care.endDate()))
                    .sorted(Comparator.comparing(CarePeriod::startDate))
                    .forEach(care -> rows.add(row(child, care, period)));
        }
        return new AnnexAList("List 8", HEADINGS, rows);
    }

    private static List<Object> row(ChildRecord child, CarePeriod care, AnnexAPeriod period) {
        LocalDate asAt = period.to();
        LocalDate yearBefore = asAt.minusMonths(12);
        LocalDate ceased = period.byEnd(care.endDate());
        Optional<LegalStatusSpell> legalStatus = latestBy(care.legalStatuses(), LegalStatusSpell::from, asAt);
        Optional<Placement> placement = latestBy(care.placements(), Placement::from, asAt);

        List<Object> row = ChildColumns.row(child, period);
        row.add(Labels.yesNo(uascWithin(child, yearBefore)));
        row.add(ChildColumns.disability(child));
        row.add(care.startDate());
        row.add(Labels.coded(care.categoryOfNeed()));
        row.add(Labels.yesNo(earlierPeriodEndedWithinYearBefore(child, care)));
        row.add(legalStatus.map(LegalStatusSpell::from).orElse(null));
        row.add(legalStatus.map(LegalStatusSpell::status).map(Labels::coded).orElse(null));
        row.add(care.reviews().stream().map(ClaReview::heldOn).filter(Objects::nonNull).filter(day -> !day.isAfter(asAt))
                .max(Comparator.naturalOrder()).orElse(null));
        row.add(period.byEnd(care.lastVisitOn()));
        row.add(null);
        row.add(null);
        row.add(null);
        row.add(null);
        row.add(placementsWithin(care, yearBefore, asAt));
        row.add(ceased);
        row.add(ceased == null ? null : Labels.coded(care.reasonCeased()));
        row.add(placement.map(Placement::from).orElse(null));
        row.add(placement.map(Placement::type).map(Labels::coded).orElse(null));
        row.add(placement.map(Placement::provider).map(Labels::coded).orElse(null));
        row.add(placement.map(Placement::postcodeDistrict).orElse(null));
        row.add(placement.map(Placement::urn).orElse(null));
        row.add(null);
        row.add(null);
        row.add(missingWithin(child, MissingKind.MISSING, yearBefore, asAt));
        row.add(missingWithin(child, MissingKind.AWAY, yearBefore, asAt));
        row.add(null);
        row.add(null);
        row.add(care.allocation().team());
        row.add(care.allocation().worker());
        return row;
    }

    private static <T> Optional<T> latestBy(List<T> spells, Function<T, LocalDate> from, LocalDate asAt) {
        return spells.stream().filter(spell -> from.apply(spell) != null && !from.apply(spell).isAfter(asAt))
                .max(Comparator.comparing(from));
    }

    private static boolean uascWithin(ChildRecord child, LocalDate yearBefore) {
        return child.unaccompaniedAsylumSeeking()
                && (child.uascStatusCeasedOn() == null || !child.uascStatusCeasedOn().isBefore(yearBefore));
    }

    /** Another period of care for the child ended in the 12 months before this one started. */
    private static boolean earlierPeriodEndedWithinYearBefore(ChildRecord child, CarePeriod care) {
        LocalDate yearBefore = care.startDate().minusMonths(12);
        return child.carePeriods().stream()
                .filter(other -> other != care && other.endDate() != null)
                .anyMatch(other -> !other.endDate().isBefore(yearBefore) && !other.endDate().isAfter(care.startDate()));
    }

    /** Placements the child lived in at any time in the 12 months to {@code asAt}: each runs until the next begins. */
    private static int placementsWithin(CarePeriod care, LocalDate yearBefore, LocalDate asAt) {
        AnnexAPeriod lastYear = new AnnexAPeriod(yearBefore, asAt);
        List<Placement> placements = care.placements().stream().filter(placement -> placement.from() != null)
                .sorted(Comparator.comparing(Placement::from)).toList();
        int count = 0;
        for (int i = 0; i < placements.size(); i++) {
            LocalDate end = i + 1 < placements.size() ? placements.get(i + 1).from() : care.endDate();
            if (lastYear.overlaps(placements.get(i).from(), end)) {
                count++;
            }
        }
        return count;
    }

    private static int missingWithin(ChildRecord child, MissingKind kind, LocalDate yearBefore, LocalDate asAt) {
        AnnexAPeriod lastYear = new AnnexAPeriod(yearBefore, asAt);
        return (int) child.missingEpisodes().stream()
                .filter(missing -> missing.kind() == kind && lastYear.contains(missing.startDate()))
                .count();
    }
}
