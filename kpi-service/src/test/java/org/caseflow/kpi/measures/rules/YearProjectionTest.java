package org.caseflow.kpi.measures.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import org.caseflow.calendar.FinancialYear;
import org.junit.jupiter.api.Test;

/** The projection to the whole year of KPI referral-rate, docs/statutory-rules.md section 5. */
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
    }
}
