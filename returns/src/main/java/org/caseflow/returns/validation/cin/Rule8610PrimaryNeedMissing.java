package org.caseflow.returns.validation.cin;

import java.util.List;
import org.caseflow.calendar.FinancialYear;
import org.caseflow.returns.record.ChildRecord;
import org.caseflow.returns.validation.CinCensusRule;
import org.caseflow.returns.validation.Where;

/** 8610: if ReferralNFA is false, PrimaryNeedCode must be present. */
final class Rule8610PrimaryNeedMissing extends CinCensusRule {

    @Override
    public String code() {
        return "8610";
    }

    @Override
    public String message() {
        return "Primary Need code is missing for a referral which led to further action.";
    }

    @Override
    protected List<String> check(ChildRecord inCensus, FinancialYear year) {
        return inCensus.cinEpisodes().stream()
                .filter(episode -> !episode.referralNfa() && episode.primaryNeed() == null)
                .map(Where::episode)
                .toList();
    }
}
