package org.caseflow.returns.validation.ssda903;

import java.util.List;
import org.caseflow.calendar.FinancialYear;
import org.caseflow.returns.record.ChildRecord;
import org.caseflow.returns.ssda903.Episode;
import org.caseflow.returns.validation.Ssda903Rule;
import org.caseflow.returns.validation.Where;

/** 148: DEC and REC are both present or both blank: a reason care ended needs the day it ended, and the other way round. */
final class Rule148CeasedDateAndReasonTogether extends Ssda903Rule {

    @Override
    public String code() {
        return "148";
    }

    @Override
    public String message() {
        return "Date episode ceased and reason episode ceased must both be coded, or both left blank.";
    }

    @Override
    protected List<String> check(ChildRecord child, List<Episode> episodes, FinancialYear year) {
        return episodes.stream()
                .filter(episode -> (episode.ceased() == null) != (episode.reasonCeased() == null))
                .map(Where::episode)
                .toList();
    }
}
