package org.caseflow.returns.annexa;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.caseflow.returns.record.ChildRecord;
import org.caseflow.returns.record.CinEpisode;
import org.caseflow.returns.record.CpPlan;
import org.caseflow.returns.record.Section47Enquiry;

/** List 5: section 47 enquiries open at any time in the period, with the conferences they led to. */
final class Section47List {

    static final List<String> HEADINGS = ChildColumns.headings(List.of(ChildColumns.DISABILITY,
            "Strategy discussion initiating Section 47 Enquiry Start Date",
            "Was an Initial Child Protection Conference deemed unnecessary?", "Date of Initial Child Protection Conference",
            "Did the Initial Child Protection Conference Result in a Child Protection Plan",
            "Number of Section 47 Enquiries in the last 12 months", "Number of ICPCs in the last 12 months", "Allocated Team",
            "Allocated Worker"));

    private Section47List() {
    }

    static AnnexAList build(List<ChildRecord> children, AnnexAPeriod period) {
        List<List<Object>> rows = new ArrayList<>();
        for (ChildRecord child : children) {
            for (CinEpisode episode : child.cinEpisodes()) {
                episode.section47Enquiries().stream()
                        .filter(enquiry -> period.overlaps(enquiry.startDate(), enquiry.endDate()))
                        .sorted(Comparator.comparing(Section47Enquiry::startDate))
                        .forEach(enquiry -> rows.add(row(child, episode, enquiry, period)));
            }
        }
        return new AnnexAList("List 5", HEADINGS, rows);
    }

    private static List<Object> row(ChildRecord child, CinEpisode episode, Section47Enquiry enquiry, AnnexAPeriod period) {
        LocalDate icpcDate = period.byEnd(enquiry.icpcDate());
        boolean decidedUnnecessary = enquiry.icpcNotRequired() && period.byEnd(enquiry.completedOn()) != null;
        List<Object> row = ChildColumns.row(child, period);
        row.add(ChildColumns.disability(child));
        row.add(enquiry.startDate());
        row.add(Labels.yesNo(decidedUnnecessary));
        row.add(icpcDate);
        row.add(icpcDate == null ? null : Labels.yesNo(planStartedOn(child, icpcDate)));
        row.add(inTheYearBefore(child, Section47Enquiry::startDate, enquiry.startDate()));
        row.add(inTheYearBefore(child, Section47Enquiry::icpcDate, enquiry.startDate()));
        row.add(episode.allocation().team());
        row.add(episode.allocation().worker());
        return row;
    }

    /** A plan starts on the day of the conference that made it. */
    private static boolean planStartedOn(ChildRecord child, LocalDate icpcDate) {
        return child.cinEpisodes().stream().flatMap(episode -> episode.cpPlans().stream())
                .map(CpPlan::startDate).anyMatch(icpcDate::equals);
    }

    /** The child's other enquiries (or conferences) dated in the 12 months before this enquiry started. */
    private static int inTheYearBefore(ChildRecord child, Function<Section47Enquiry, LocalDate> date, LocalDate started) {
        LocalDate yearBefore = started.minusMonths(12);
        return (int) child.cinEpisodes().stream().flatMap(episode -> episode.section47Enquiries().stream())
                .map(date).filter(Objects::nonNull)
                .filter(day -> !day.isBefore(yearBefore) && day.isBefore(started))
                .count();
    }
}
