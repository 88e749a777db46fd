package org.caseflow.returns.validation.cin;

import java.util.List;
import org.caseflow.calendar.FinancialYear;
import org.caseflow.returns.record.ChildRecord;
import org.caseflow.returns.record.UniquePupilNumber;
import org.caseflow.returns.validation.CinCensusRule;
import org.caseflow.returns.validation.Where;

/**
 * 1560Q: a former UPN, where present, is a letter and twelve digits (a query: the council may
 * explain it).
 */
final class Rule1560QFormerUpnWronglyFormatted extends CinCensusRule {

    @Override
    public String code() {
        return "1560Q";
    }

    @Override
    public String message() {
        return "Please check: Former UPN wrongly formatted";
    }

    @Override
    protected List<String> check(ChildRecord inCensus, FinancialYear year) {
        String formerUpn = inCensus.person().formerUpn();
        return formerUpn != null && !UniquePupilNumber.isWellFormedFormerUpn(formerUpn) ? List.of(Where.FORMER_UPN) : List.of();
    }
}
