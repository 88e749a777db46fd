package org.caseflow.returns.validation.ssda903;

import java.util.List;
import org.caseflow.calendar.FinancialYear;
import org.caseflow.returns.record.ChildRecord;
import org.caseflow.returns.ssda903.Episode;
import org.caseflow.returns.validation.Ssda903Rule;
import org.caseflow.returns.validation.Where;

/** 356: DEC, where present, must be on or after DECOM. */
final class Rule356CeasedBeforeStarted extends Ssda903Rule {

    @Override
    public String code() {
        return "356";
    }

    @Override
    public String message() {
        return "The date the episode ceased is before the date the same episode started.";
    }

    @Override
    protected List<String> check(ChildRecord child, List<Episode> episodes, FinancialYear year) {
        return episodes.stream()
                .filter(episode -> episode.ceased() != null && episode.ceased().isBefore(episode.started()))
                .map(Where::episode)
                .toList();
    }
}
