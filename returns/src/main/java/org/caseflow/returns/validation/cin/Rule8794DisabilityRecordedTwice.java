package org.caseflow.returns.validation.cin;

import java.util.Collections;
import java.util.List;
import org.caseflow.calendar.FinancialYear;
import org.caseflow.returns.record.ChildRecord;
import org.caseflow.returns.record.Disability;
import org.caseflow.returns.validation.CinCensusRule;
import org.caseflow.returns.validation.Where;

/** 8794: no disability code is recorded twice for a child; each repeated code is reported once. */
final class Rule8794DisabilityRecordedTwice extends CinCensusRule {

    @Override
    public String code() {
        return "8794";
    }

    @Override
    public String message() {
        return "Child has two or more disabilities with the same code";
    }

    @Override
    protected List<String> check(ChildRecord inCensus, FinancialYear year) {
        List<Disability> disabilities = inCensus.person().disabilities();
        return disabilities.stream()
                .distinct()
                .filter(disability -> Collections.frequency(disabilities, disability) > 1)
                .map(Where::disability)
                .toList();
    }
}
