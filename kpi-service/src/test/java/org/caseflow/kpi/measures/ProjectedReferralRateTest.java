package org.caseflow.kpi.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.caseflow.calendar.FinancialYear;
import org.caseflow.kpi.measures.rules.YearProjection;
import org.caseflow.kpi.measures.rules.YearProjection.Method;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The reference report's projected referral rates, 461, 547 and 667 per 10,000 at the ends of April, May and June
 * 2023, come from its 127, 174 and 250 referrals in those months (127, 301 and 551 in the year to date) projected by
 * 12 over the months elapsed, over a population of about 33,030: the report's method, now the default
 * (docs/statutory-rules.md section 5). Projected by days over the same population they are not the report's.
 */
class ProjectedReferralRateTest {

    private static final FinancialYear YEAR_2023_24 = new FinancialYear(2023);
    private static final long POPULATION = 33_030;

    @ParameterizedTest(name = "{1} referrals by {0}: {2} per 10,000 by months")
    @CsvSource({"2023-04-30, 127, 461", "2023-05-31, 301, 547", "2023-06-30, 551, 667"})
    void byMonthsTheyAreTheReportsRates(LocalDate monthEnd, long yearToDate, int reported) {
        BigDecimal rate = projected(Method.MONTHS, yearToDate, monthEnd).exact();

        assertThat(rate).isBetween(BigDecimal.valueOf(reported - 1), BigDecimal.valueOf(reported + 1));
        assertThat(projected(Method.MONTHS, yearToDate, monthEnd).shown()).isEqualByComparingTo(BigDecimal.valueOf(reported));
    }

    @ParameterizedTest(name = "{1} referrals by {0}: {2} per 10,000 by days, not the report's {3}")
    @CsvSource({"2023-04-30, 127, 469, 461", "2023-06-30, 551, 671, 667"})
    void byDaysTheyAreNot(LocalDate monthEnd, long yearToDate, int byDays, int reported) {
        // 2023-24 holds 29 February 2024: 366 days; 30 April is day 30, 30 June day 91
        MeasureValue rate = projected(Method.DAYS, yearToDate, monthEnd);

        assertThat(rate.shown()).isEqualByComparingTo(BigDecimal.valueOf(byDays)).isNotEqualByComparingTo(BigDecimal.valueOf(reported));
    }

    @ParameterizedTest(name = "{0}: x {1}")
    @CsvSource({"2023-04-30, 12", "2023-06-30, 4", "2023-06-15, 4.8"})
    void byMonthsTheMonthInProgressCountsProRata(LocalDate date, BigDecimal factor) {
        // 15 June is 2 months and 15/30 of June into the year: 12 / 2.5 = 4.8
        assertThat(YearProjection.of(Method.MONTHS, YEAR_2023_24, date).asDecimal()).isEqualByComparingTo(factor);
    }

    private static MeasureValue projected(Method method, long yearToDate, LocalDate monthEnd) {
        MeasureValue.Period period = new MeasureValue.Period(YEAR_2023_24.start(), monthEnd, MeasureValue.Basis.PROJECTED_YEAR, method);
        return MeasureValue.ratePer10k(yearToDate, YearProjection.of(method, YEAR_2023_24, monthEnd), POPULATION, period);
    }
}
