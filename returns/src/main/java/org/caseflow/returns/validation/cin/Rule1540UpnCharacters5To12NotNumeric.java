package org.caseflow.returns.validation.cin;

import java.util.List;
import org.caseflow.calendar.FinancialYear;
import org.caseflow.returns.record.ChildRecord;
import org.caseflow.returns.record.UniquePupilNumber;
import org.caseflow.returns.validation.CinCensusRule;
import org.caseflow.returns.validation.Where;

/** 1540: characters 5 to 12 of a UPN, where present, are all digits. */
final class Rule1540UpnCharacters5To12NotNumeric extends CinCensusRule {

    @Override
    public String code() {
        return "1540";
    }

    @Override
    public String message() {
        return "UPN invalid (characters 5-12 not all numeric)";
    }

    @Override
    protected List<String> check(ChildRecord inCensus, FinancialYear year) {
        String upn = inCensus.person().upn();
        return upn != null && !UniquePupilNumber.hasNumericCharacters5To12(upn) ? List.of(Where.UPN) : List.of();
    }
}
