package org.caseflow.returns.validation.cin;

import java.util.List;
import org.caseflow.calendar.FinancialYear;
import org.caseflow.returns.record.ChildRecord;
import org.caseflow.returns.record.UniquePupilNumber;
import org.caseflow.returns.validation.CinCensusRule;
import org.caseflow.returns.validation.Where;

/**
 * 1510: a UPN, where present, starts with the check letter of the rest
 * ({@link UniquePupilNumber#checkLetter}). A UPN whose rest is not well formed is left to rules 1540 and 1550.
 */
final class Rule1510UpnCheckLetter extends CinCensusRule {

    @Override
    public String code() {
        return "1510";
    }

    @Override
    public String message() {
        return "UPN invalid (wrong check letter at character 1)";
    }

    @Override
    protected List<String> check(ChildRecord inCensus, FinancialYear year) {
        String upn = inCensus.person().upn();
        return upn != null && UniquePupilNumber.checkLetter(upn).isPresent() && !UniquePupilNumber.hasRightCheckLetter(upn)
                ? List.of(Where.UPN) : List.of();
    }
}
