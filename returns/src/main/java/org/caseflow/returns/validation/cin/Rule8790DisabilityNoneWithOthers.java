package org.caseflow.returns.validation.cin;

import java.util.List;
import org.caseflow.calendar.FinancialYear;
import org.caseflow.returns.record.ChildRecord;
import org.caseflow.returns.record.Disability;
import org.caseflow.returns.validation.CinCensusRule;
import org.caseflow.returns.validation.Where;

/**
 * 8790: a child recorded with no disability (NONE) has no other disability code; each other code is
 * reported.
 */
final class Rule8790DisabilityNoneWithOthers extends CinCensusRule {

    @Override
    public String code() {
        return "8790";
    }

    @Override
    public String message() {
        return "Disability information includes both None and other values";
    }

    @Override
    protected List<String> check(ChildRecord inCensus, FinancialYear year) {
        List<Disability> disabilities = inCensus.person().disabilities();
        if (!disabilities.contains(Disability.NONE)) {
            return List.of();
        }
        return disabilities.stream().filter(disability -> disability != Disability.NONE).map(Where::disability).toList();
    }
}
