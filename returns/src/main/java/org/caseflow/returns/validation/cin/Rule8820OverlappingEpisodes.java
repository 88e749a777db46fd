package org.caseflow.returns.validation.cin;

import java.util.List;
import org.caseflow.calendar.FinancialYear;
import org.caseflow.returns.record.ChildRecord;
import org.caseflow.returns.record.CinEpisode;
import org.caseflow.returns.validation.CinCensusRule;
import org.caseflow.returns.validation.Where;

/**
 * 8820: with more than one CINdetails for a child, no CINreferralDate may fall on or after another
 * episode's referral date and before its closure date, or before the reference date when that other
 * episode is open and not a referral with no further action. One episode may close on the day the
 * next is referred.
 */
final class Rule8820OverlappingEpisodes extends CinCensusRule {

    @Override
    public String code() {
        return "8820";
    }

    @Override
    public String message() {
        return "The dates on the CIN episodes for this child overlap";
    }

    @Override
    protected List<String> check(ChildRecord inCensus, FinancialYear year) {
        List<CinEpisode> episodes = inCensus.cinEpisodes();
        return episodes.stream()
                .filter(episode -> episodes.stream().anyMatch(other -> other != episode && startsWithin(episode, other, year)))
                .map(Where::episode)
                .toList();
    }

    private static boolean startsWithin(CinEpisode episode, CinEpisode other, FinancialYear year) {
        if (episode.referralDate().isBefore(other.referralDate())) {
            return false;
        }
        if (other.closureDate() != null) {
            return episode.referralDate().isBefore(other.closureDate());
        }
        return !other.referralNfa() && episode.referralDate().isBefore(year.end());
    }
}
