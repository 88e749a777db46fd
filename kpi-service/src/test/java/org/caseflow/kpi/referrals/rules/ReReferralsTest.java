package org.caseflow.kpi.referrals.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.caseflow.kpi.referrals.rules.ReReferrals.Referral;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** KPI re-referral-rate, docs/statutory-rules.md section 5. */
class ReReferralsTest {

    @ParameterizedTest(name = "{0}: a referral on {1} after one on {2} is a re-referral: {3}")
    @CsvSource({
            "the day before,                         2025-12-22, 2025-12-21, true",
            "exactly 12 months before,               2025-12-22, 2024-12-22, true",
            "12 months and a day before,             2025-12-22, 2024-12-21, false",
            "the same day,                           2025-12-22, 2025-12-22, false",
            "a later referral,                       2025-01-15, 2025-12-22, false",
            "leap day back to 28 February,           2024-02-29, 2023-02-28, true",
            "leap day back 12 months and a day,      2024-02-29, 2023-02-27, false",
            "28 February back to the leap day,       2025-02-28, 2024-02-29, true",
            "28 February back to 28 February,        2025-02-28, 2024-02-28, true",
            "1 March is more than 12 months on from the leap day, 2025-03-01, 2024-02-29, false",
            "month end to month end,                 2025-04-30, 2024-04-30, true",
            "month end back to a day too early,      2025-04-30, 2024-04-29, false",
            "31 March back to 31 March,              2025-03-31, 2024-03-31, true",
            "across financial years: 1 April after 31 March, 2025-04-01, 2025-03-31, true",
            "across financial years: 1 April to 1 April,     2025-04-01, 2024-04-01, true",
            "across calendar years,                  2026-01-01, 2025-12-31, true"})
    void aReferralIsAReReferralWhenAnotherWasDatedInTheTwelveMonthsBefore(String why, LocalDate referral, LocalDate other,
            boolean reReferral) {
        assertThat(ReReferrals.isReReferral(referral, other)).isEqualTo(reReferral);
    }

    @Test
    void theLookBackStartsTwelveCalendarMonthsEarlierOrOnTheLastDayOfAShorterMonth() {
        assertThat(ReReferrals.lookBackFrom(LocalDate.of(2025, 12, 22))).isEqualTo(LocalDate.of(2024, 12, 22));
        assertThat(ReReferrals.lookBackFrom(LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2023, 2, 28));
        assertThat(ReReferrals.lookBackFrom(LocalDate.of(2025, 4, 1))).isEqualTo(LocalDate.of(2024, 4, 1));
    }

    @Test
    void eachReferralInThePeriodCountsAndEarlierOnesAreOnlyLookedBackTo() {
        LocalDate from = LocalDate.of(2025, 4, 1);
        LocalDate to = LocalDate.of(2025, 12, 31);
        List<Referral> referrals = List.of(
                // Amy: referred before the year began, then twice in it: both in-year referrals are re-referrals
                new Referral("C1", LocalDate.of(2025, 1, 15)),
                new Referral("C1", LocalDate.of(2025, 6, 2)),
                new Referral("C1", LocalDate.of(2025, 12, 22)),
                // Ben: his earlier referral is more than 12 months back
                new Referral("C2", LocalDate.of(2024, 11, 1)),
                new Referral("C2", LocalDate.of(2025, 12, 10)),
                // Cara: referred once; the other children's referrals are not hers
                new Referral("C3", LocalDate.of(2025, 7, 1)),
                // Dan: referred twice on one day, and neither is a re-referral of the other
                new Referral("C4", LocalDate.of(2025, 9, 9)),
                new Referral("C4", LocalDate.of(2025, 9, 9)));

        assertThat(ReReferrals.count(from, to, referrals)).isEqualTo(new ReReferrals.Count(2, 6));
    }

    @Test
    void aReferralMadeEarlierStillDoesNotHideOneWithinTheTwelveMonths() {
        List<Referral> referrals = List.of(new Referral("C1", LocalDate.of(2023, 5, 1)),
                new Referral("C1", LocalDate.of(2025, 3, 31)), new Referral("C1", LocalDate.of(2025, 4, 1)));

        assertThat(ReReferrals.count(LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31), referrals))
                .isEqualTo(new ReReferrals.Count(1, 1));
    }

    @Test
    void theFirstAndLastDaysOfThePeriodAreInIt() {
        List<Referral> referrals = List.of(new Referral("C1", LocalDate.of(2024, 4, 1)),
                new Referral("C1", LocalDate.of(2025, 4, 1)), new Referral("C1", LocalDate.of(2026, 3, 31)),
                new Referral("C1", LocalDate.of(2026, 4, 1)));

        assertThat(ReReferrals.count(LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31), referrals))
                .as("1 April 2025 looks back to 1 April 2024; 31 March 2026 to 1 April 2025; 1 April 2026 is out")
                .isEqualTo(new ReReferrals.Count(2, 2));
    }

    @Test
    void noReferralsMakeNoRate() {
        assertThat(ReReferrals.count(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 30), List.of()))
                .isEqualTo(new ReReferrals.Count(0, 0));
    }
}
