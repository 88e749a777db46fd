package org.caseflow.returns.annexa;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.caseflow.returns.record.CarePeriod;
import org.caseflow.returns.record.ChildRecord;
import org.caseflow.returns.record.CinEpisode;
import org.caseflow.returns.record.CpPlan;
import org.caseflow.returns.record.LegalStatusSpell;

/** List 7: child protection plans open at any time in the period. */
final class ChildProtectionList {

    static final List<String> HEADINGS = ChildColumns.headings(List.of(ChildColumns.DISABILITY, "Child Protection Plan Start Date",
            "Initial Category of Abuse", "Latest Category of Abuse", "Date of the Last Statutory Visit", "Was the Child Seen Alone?",
            "Date of latest review conference", "Child Protection Plan End Date",
            "Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N)",
            "Number of Previous Child Protection Plans", "Allocated Team", "Allocated Worker"));

    private ChildProtectionList() {
    }

    static AnnexAList build(List<ChildRecord> children, AnnexAPeriod period) {
        List<List<Object>> rows = new ArrayList<>();
        for (ChildRecord child : children) {
            for (CinEpisode episode : child.cinEpisodes()) {
                episode.cpPlans().stream()
                        .filter(plan -> period.overlaps(plan.startDate(), plan.endDate()))
                        .sorted(Comparator.comparing(CpPlan::startDate))
                        .forEach(plan -> {
                            LocalDate lastVisit = period.byEnd(plan.lastVisitOn());
                            List<Object> row = ChildColumns.row(child, period);
                            row.add(ChildColumns.disability(child));
                            row.add(plan.startDate());
                            row.add(Labels.coded(plan.initialCategory()));
                            row.add(Labels.coded(plan.latestCategory()));
                            row.add(lastVisit);
                            row.add(lastVisit == null ? null : Labels.yesNo(plan.seenAloneAtLastVisit()));
                            row.add(plan.reviewDates().stream().filter(Objects::nonNull).filter(date -> !date.isAfter(period.to()))
                                    .max(Comparator.naturalOrder()).orElse(null));
                            row.add(period.byEnd(plan.endDate()));
                            row.add(Labels.yesNo(emergencyProtectionInSixMonthsTo(child, period.to())));
                            row.add(child.plansBefore(plan));
                            row.add(episode.allocation().team());
                            row.add(episode.allocation().worker());
                            rows.add(row);
                        });
            }
        }
        return new AnnexAList("List 7", HEADINGS, rows);
    }

    /**
     * Under an emergency protection order or police protection at any time in the six months to
     * {@code day}, as the case record knows it: from the legal statuses (L1, L2) of the child's care.
     */
    static boolean emergencyProtectionInSixMonthsTo(ChildRecord child, LocalDate day) {
        AnnexAPeriod sixMonths = new AnnexAPeriod(day.minusMonths(6), day);
        for (CarePeriod care : child.carePeriods()) {
            List<LegalStatusSpell> spells = care.legalStatuses().stream()
                    .filter(spell -> spell.from() != null)
                    .sorted(Comparator.comparing(LegalStatusSpell::from)).toList();
            for (int i = 0; i < spells.size(); i++) {
                LocalDate end = i + 1 < spells.size() ? spells.get(i + 1).from() : care.endDate();
                if (spells.get(i).status() != null && spells.get(i).status().isEmergencyProtection()
                        && sixMonths.overlaps(spells.get(i).from(), end)) {
                    return true;
                }
            }
        }
        return false;
    }
}
