package org.caseflow.returns.validation.ssda903;

import java.util.List;
import org.caseflow.calendar.FinancialYear;
import org.caseflow.returns.record.ChildRecord;
import org.caseflow.returns.ssda903.Episode;
import org.caseflow.returns.validation.Ssda903Rule;
import org.caseflow.returns.validation.Where;

/** 302: the child's first episode in the return cannot start before their date of birth. */
final class Rule302FirstEpisodeBeforeBirth extends Ssda903Rule {

    @Override
    public String code() {
        return "302";
    }

    @Override
    public String message() {
        return "First episode starts before child was born.";
    }

    @Override
    protected List<String> check(ChildRecord child, List<Episode> episodes, FinancialYear year) {
        if (episodes.isEmpty() || child.person().dateOfBirth() == null) {
            return List.of();
        }
        Episode first = episodes.get(0);
        return first.started().isBefore(child.person().dateOfBirth()) ? List.of(Where.episode(first)) : List.of();
    }
}
