package org.caseflow.returns.ssda903;

import java.util.Comparator;
import java.util.List;
import org.caseflow.calendar.FinancialYear;
import org.caseflow.returns.record.ChildRecord;
import org.caseflow.returns.record.MissingEpisode;

/** The times missing or away the return for a year holds: open at any time in it, as they stood on 31 March. */
public final class MissingEpisodes {

    private MissingEpisodes() {
    }

    public static List<MissingEpisode> inYear(ChildRecord child, FinancialYear year) {
        return child.missingEpisodes().stream()
                .filter(missing -> missing.startDate() != null && !missing.startDate().isAfter(year.end()))
                .filter(missing -> missing.endDate() == null || !missing.endDate().isBefore(year.start()))
                .map(missing -> missing.endDate() != null && missing.endDate().isAfter(year.end())
                        ? new MissingEpisode(missing.kind(), missing.startDate(), null) : missing)
                .sorted(Comparator.comparing(MissingEpisode::startDate))
                .toList();
    }
}
