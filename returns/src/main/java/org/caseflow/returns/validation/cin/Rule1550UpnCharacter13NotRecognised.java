package org.caseflow.returns.validation.cin;

import java.util.List;
import org.caseflow.calendar.FinancialYear;
import org.caseflow.returns.record.ChildRecord;
import org.caseflow.returns.record.UniquePupilNumber;
import org.caseflow.returns.validation.CinCensusRule;
import org.caseflow.returns.validation.Where;

/**
 * 1550: character 13 of a UPN, where present, is a digit or a letter other than I, O and S. A UPN of
 * another length is the schema's to refuse.
 */
final class Rule1550UpnCharacter13NotRecognised extends CinCensusRule {

    @Override
    public String code() {
        return "1550";
    }

    @Override
    public String message() {
        return "UPN invalid (character 13 not a recognised value)";
    }

    @Override
    protected List<String> check(ChildRecord inCensus, FinancialYear year) {
        String upn = inCensus.person().upn();
        return upn != null && upn.length() == 13 && !UniquePupilNumber.hasRecognisedCharacter13(upn)
                ? List.of(Where.UPN) : List.of();
    }
}
