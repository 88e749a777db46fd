package org.caseflow.returns.validation.cin;

import java.util.List;
import org.caseflow.calendar.FinancialYear;
import org.caseflow.returns.record.ChildRecord;
import org.caseflow.returns.validation.CinCensusRule;
import org.caseflow.returns.validation.Where;

/** 8630: if present, CINclosureDate must be on or after CINreferralDate in the same CINdetails. */
final class Rule8630ClosureBeforeReferral extends CinCensusRule {

    @Override
    public String code() {
        return "8630";
    }

    @Override
    public String message() {
        return "CIN Closure Date is before CIN Referral Date for the same CIN episode";
    }

    @Override
    protected List<String> check(ChildRecord inCensus, FinancialYear year) {
        return inCensus.cinEpisodes().stream()
                .filter(episode -> episode.closureDate() != null && episode.closureDate().isBefore(episode.referralDate()))
                .map(Where::episode)
                .toList();
    }
}
