package org.caseflow.returns.validation.cin;

import java.util.List;
import org.caseflow.calendar.FinancialYear;
import org.caseflow.returns.record.ChildRecord;
import org.caseflow.returns.record.UniquePupilNumber;
import org.caseflow.returns.validation.CinCensusRule;
import org.caseflow.returns.validation.Where;

/**
 * 1530: characters 2 to 4 of a UPN, where present, are a post-April 1998 council number or a
 * recognised "pseudo LA" number.
 */
final class Rule1530UpnLaNumber extends CinCensusRule {

    @Override
    public String code() {
        return "1530";
    }

    @Override
    public String message() {
        return "UPN invalid (characters 2-4 not a recognised LA code)";
    }

    @Override
    protected List<String> check(ChildRecord inCensus, FinancialYear year) {
        String upn = inCensus.person().upn();
        return upn != null && !UniquePupilNumber.hasRecognisedLaNumber(upn) ? List.of(Where.UPN) : List.of();
    }
}
