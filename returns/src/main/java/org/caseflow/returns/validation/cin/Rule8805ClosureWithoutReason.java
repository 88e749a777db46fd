package org.caseflow.returns.validation.cin;

import java.util.List;
import org.caseflow.calendar.FinancialYear;
import org.caseflow.returns.record.ChildRecord;
import org.caseflow.returns.validation.CinCensusRule;
import org.caseflow.returns.validation.Where;

/** 8805: if CINclosureDate is present then ReasonForClosure must also be present. */
final class Rule8805ClosureWithoutReason extends CinCensusRule {

    @Override
    public String code() {
        return "8805";
    }

    @Override
    public String message() {
        return "A CIN case cannot have a CIN closure date without a Reason for Closure";
    }

    @Override
    protected List<String> check(ChildRecord inCensus, FinancialYear year) {
        return inCensus.cinEpisodes().stream()
                .filter(episode -> episode.closureDate() != null && episode.reasonForClosure() == null)
                .map(Where::episode)
                .toList();
    }
}
