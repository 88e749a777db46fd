package org.caseflow.returns.validation.ssda903;

import java.util.List;
import org.caseflow.calendar.FinancialYear;
import org.caseflow.returns.record.ChildRecord;
import org.caseflow.returns.ssda903.Episode;
import org.caseflow.returns.ssda903.MissingEpisodes;
import org.caseflow.returns.validation.Ssda903Rule;
import org.caseflow.returns.validation.Where;

/** 567: MIS_END, where present, must be on or after MIS_START. */
final class Rule567MissingEndsBeforeStart extends Ssda903Rule {

    @Override
    public String code() {
        return "567";
    }

    @Override
    public String message() {
        return "The date that the missing episode or episode that the child was away from placement without authorisation ended is before the date that it started.";
    }

    @Override
    protected List<String> check(ChildRecord child, List<Episode> episodes, FinancialYear year) {
        if (episodes.isEmpty()) {
            return List.of();
        }
        return MissingEpisodes.inYear(child, year).stream()
                .filter(missing -> missing.endDate() != null && missing.endDate().isBefore(missing.startDate()))
                .map(Where::missing)
                .toList();
    }
}
