package org.caseflow.returns.validation.cin;

import java.time.LocalDate;
import java.util.List;
import org.caseflow.calendar.FinancialYear;
import org.caseflow.returns.record.ChildRecord;
import org.caseflow.returns.validation.CinCensusRule;
import org.caseflow.returns.validation.Where;

/**
 * 8606: a referral is at most 280 days (40 weeks) before the date of birth, or the expected date of
 * birth of an unborn child: a referral before a pregnancy is a mistyped date.
 */
final class Rule8606ReferralLongBeforeBirth extends CinCensusRule {

    private static final int PREGNANCY_DAYS = 280;

    @Override
    public String code() {
        return "8606";
    }

    @Override
    public String message() {
        return "Child referral date is more than 40 weeks before DOB or expected DOB";
    }

    @Override
    protected List<String> check(ChildRecord inCensus, FinancialYear year) {
        LocalDate born = inCensus.person().dateOfBirth() != null ? inCensus.person().dateOfBirth()
                : inCensus.person().expectedDateOfBirth();
        if (born == null) {
            return List.of();
        }
        return inCensus.cinEpisodes().stream()
                .filter(episode -> episode.referralDate().isBefore(born.minusDays(PREGNANCY_DAYS)))
                .map(Where::episode)
                .toList();
    }
}
