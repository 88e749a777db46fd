package org.caseflow.returns.annexa;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.caseflow.returns.record.ChildRecord;
import org.caseflow.returns.record.CinEpisode;

/** List 3: every referral received in the period. */
final class ReferralsList {

    static final List<String> HEADINGS = ChildColumns.headings(List.of("Date of referral", "Referral Source", "Referral NFA?",
            "Number of Referrals in Last 12 Months", "Allocated Team", "Allocated Worker"));

    private ReferralsList() {
    }

    static AnnexAList build(List<ChildRecord> children, AnnexAPeriod period) {
        List<List<Object>> rows = new ArrayList<>();
        for (ChildRecord child : children) {
            child.cinEpisodes().stream()
                    .filter(episode -> period.contains(episode.referralDate()))
                    .sorted(Comparator.comparing(CinEpisode::referralDate))
                    .forEach(episode -> {
                        List<Object> row = ChildColumns.row(child, period);
                        row.add(episode.referralDate());
                        row.add(Labels.coded(episode.referralSource()));
                        row.add(Labels.yesNo(episode.referralNfa()));
                        row.add(referralsInTheYearBefore(child, episode.referralDate()));
                        row.add(episode.allocation().team());
                        row.add(episode.allocation().worker());
                        rows.add(row);
                    });
        }
        return new AnnexAList("List 3", HEADINGS, rows);
    }

    /** The child's other referrals in the 12 months before this one: a re-referral shows as 1 or more. */
    static int referralsInTheYearBefore(ChildRecord child, LocalDate referralDate) {
        LocalDate yearBefore = referralDate.minusMonths(12);
        return (int) child.cinEpisodes().stream()
                .map(CinEpisode::referralDate)
                .filter(date -> date != null && !date.isBefore(yearBefore) && date.isBefore(referralDate))
                .count();
    }
}
