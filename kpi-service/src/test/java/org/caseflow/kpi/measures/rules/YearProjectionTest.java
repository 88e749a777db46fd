package org.caseflow.kpi.measures.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import org.caseflow.calendar.FinancialYear;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The projections to the whole year of KPI referral-rate (by days) and of KPIs entering-care-rate and
 * ceased-care-rate (by months), docs/statutory-rules.md section 5.
 */
class YearProjectionTest {

    private static final FinancialYear YEAR_2025_26 = new FinancialYear(2025);
    private static final FinancialYear LEAP_YEAR_2023_24 = new FinancialYear(2023);

    @Test
    void daysInTheYearOverDaysElapsedCountingFirstAprilAsDayOne() {
        assertThat(YearProjection.factor(YEAR_2025_26, LocalDate.of(2025, 12, 31)))
                .isEqualTo(BigDecimal.valueOf(365).divide(BigDecimal.valueOf(275), MathContext.DECIMAL64));
        assertThat(YearProjection.factor(YEAR_2025_26, LocalDate.of(2025, 4, 1))).isEqualByComparingTo("365");
        assertThat(YearProjection.factor(YEAR_2025_26, LocalDate.of(2026, 3, 31))).isEqualByComparingTo("1");
    }

    @Test
    void aYearWithTwentyNinthFebruaryHasThreeHundredAndSixtySixDays() {
        assertThat(YearProjection.factor(LEAP_YEAR_2023_24, LocalDate.of(2024, 2, 29)))
                .isEqualTo(BigDecimal.valueOf(366).divide(BigDecimal.valueOf(335), MathContext.DECIMAL64));
        assertThat(YearProjection.factor(LEAP_YEAR_2023_24, LocalDate.of(2024, 3, 31))).isEqualByComparingTo("1");
    }

    @Test
    void aReportingDateOutsideTheYearIsAMistake() {
        assertThatThrownBy(() -> YearProjection.factor(YEAR_2025_26, LocalDate.of(2025, 3, 31)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> YearProjection.factorByMonths(YEAR_2025_26, LocalDate.of(2025, 3, 31)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> YearProjection.monthsElapsed(YEAR_2025_26, LocalDate.of(2026, 4, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0}: {1} is {2} months into its financial year, projected by {3}")
    @CsvSource({
            "the end of April,                              2023-04-30, 1,   12",
            "the end of May,                                2023-05-31, 2,   6",
            "the end of June,                               2023-06-30, 3,   4",
            "the end of a leap February,                    2024-02-29, 11,  1.090909090909091",
            "the financial year end,                        2024-03-31, 12,  1",
            "the financial year end in a common year,       2026-03-31, 12,  1",
            "halfway through June (the month in progress),  2023-06-15, 2.5, 4.8",
            "the first day of the year,                     2023-04-01, 0.03333333333333333, 360.0000000000000"})
    void monthsElapsedAreWholeAtEachMonthsEndAndTheMonthInProgressProRata(String why, LocalDate date, String months, String factor) {
        FinancialYear year = FinancialYear.containing(date);

        assertThat(YearProjection.monthsElapsed(year, date)).isEqualByComparingTo(months);
        assertThat(YearProjection.factorByMonths(year, date)).isEqualByComparingTo(factor);
    }
}
