package org.caseflow.returns.annexa;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.caseflow.returns.record.ChildRecord;
import org.caseflow.returns.record.CinEpisode;

/** List 6: children in need, every episode past the referral (not closed with no further action) open at any time in the period. */
final class ChildrenInNeedList {

    static final List<String> HEADINGS = ChildColumns.headings(List.of(ChildColumns.DISABILITY, "CIN Start Date",
            "Primary Need Code", "Date Child Was Last Seen", "CIN Closure Date", "Reason for Closure", "Case Status",
            "Allocated Team", "Allocated Worker"));

    static final String LOOKED_AFTER = "a) Looked after child";
    static final String CHILD_PROTECTION_PLAN = "b) Child Protection plan";
    static final String CHILD_IN_NEED_PLAN = "c) Child in need plan";
    static final String OPEN_ASSESSMENT = "d) Open assessment";
    static final String CLOSED = "e) Closed episode";

    private ChildrenInNeedList() {
    }

    static AnnexAList build(List<ChildRecord> children, AnnexAPeriod period) {
        List<List<Object>> rows = new ArrayList<>();
        for (ChildRecord child : children) {
            child.cinEpisodes().stream()
                    .filter(episode -> !episode.referralNfa())
                    .filter(episode -> period.overlaps(episode.referralDate(), episode.closureDate()))
                    .sorted(Comparator.comparing(CinEpisode::referralDate))
                    .forEach(episode -> {
                        LocalDate closed = period.byEnd(episode.closureDate());
                        List<Object> row = ChildColumns.row(child, period);
                        row.add(ChildColumns.disability(child));
                        row.add(episode.referralDate());
                        row.add(Labels.coded(episode.primaryNeed()));
                        row.add(period.byEnd(episode.childLastSeenOn()));
                        row.add(closed);
                        row.add(closed == null ? null : Labels.coded(episode.reasonForClosure()));
                        row.add(caseStatus(child, episode, period.to()));
                        row.add(episode.allocation().team());
                        row.add(episode.allocation().worker());
                        rows.add(row);
                    });
        }
        return new AnnexAList("List 6", HEADINGS, rows);
    }

    /**
     * What the case is on {@code day}, the most intensive first: looked after, then a child protection
     * plan, a child in need plan, an open assessment; blank when the episode is open with none of these.
     */
    static String caseStatus(ChildRecord child, CinEpisode episode, LocalDate day) {
        if (episode.closureDate() != null && !episode.closureDate().isAfter(day)) {
            return CLOSED;
        }
        if (child.carePeriods().stream().anyMatch(period -> openOn(period.startDate(), period.endDate(), day))) {
            return LOOKED_AFTER;
        }
        if (episode.cpPlans().stream().anyMatch(plan -> openOn(plan.startDate(), plan.endDate(), day))) {
            return CHILD_PROTECTION_PLAN;
        }
        if (episode.cinPlans().stream().anyMatch(plan -> openOn(plan.startDate(), plan.endDate(), day))) {
            return CHILD_IN_NEED_PLAN;
        }
        if (episode.assessments().stream().anyMatch(assessment -> openOn(assessment.startDate(), assessment.authorisationDate(), day))) {
            return OPEN_ASSESSMENT;
        }
        return null;
    }

    /** Open on {@code day}: an end on that day means it had ended. */
    private static boolean openOn(LocalDate start, LocalDate end, LocalDate day) {
        return start != null && !start.isAfter(day) && (end == null || end.isAfter(day));
    }
}
