package org.caseflow.returns.validation;

import java.util.List;
import org.caseflow.calendar.FinancialYear;
import org.caseflow.returns.cin.CinCensusScope;
import org.caseflow.returns.record.ChildRecord;

/**
 * A CIN census rule: it reads the child as the census for the year holds them, so it judges what the
 * DfE will receive, and nothing from another year.
 */
public abstract class CinCensusRule implements ValidationRule {

    @Override
    public final StatutoryReturn statutoryReturn() {
        return StatutoryReturn.CIN_CENSUS;
    }

    @Override
    public final List<String> failures(ChildRecord child, FinancialYear year) {
        return new CinCensusScope(year).child(child).map(inCensus -> check(inCensus, year)).orElse(List.of());
    }

    /** @param inCensus the child with only what the census holds: episodes and their parts open in the year, as at 31 March */
    protected abstract List<String> check(ChildRecord inCensus, FinancialYear year);
}
