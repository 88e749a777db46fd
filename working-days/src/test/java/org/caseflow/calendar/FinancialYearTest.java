package org.caseflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FinancialYearTest {

    @ParameterizedTest(name = "{0} is in {1}")
    @CsvSource({
        "2025-03-31, 2024-25",
        "2025-04-01, 2025-26",
        "2025-12-31, 2025-26",
        "2026-01-01, 2025-26",
        "2024-02-29, 2023-24"})
    void a_date_belongs_to_the_year_from_1_april_to_31_march(LocalDate date, String label) {
        assertThat(FinancialYear.containing(date).label()).isEqualTo(label);
    }

    @Test
    void runs_from_1_april_to_31_march() {
        FinancialYear year = new FinancialYear(2025);

        assertThat(year.start()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(year.end()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(year).hasToString("2025-26");
    }

    @ParameterizedTest(name = "{0}-{0}+1 has {1} days")
    @CsvSource({"2023, 366", "2024, 365", "2025, 365", "2027, 366"})
    void has_366_days_when_it_includes_29_february(int startYear, int days) {
        assertThat(new FinancialYear(startYear).lengthInDays()).isEqualTo(days);
    }

    @Test
    void days_elapsed_include_the_day_itself() {
        FinancialYear leap = new FinancialYear(2023);

        assertThat(leap.daysElapsed(LocalDate.of(2023, 4, 1))).isEqualTo(1);
        assertThat(leap.daysElapsed(LocalDate.of(2024, 2, 29))).isEqualTo(335);
        assertThat(leap.daysElapsed(LocalDate.of(2024, 3, 31))).isEqualTo(366);
        assertThat(new FinancialYear(2024).daysElapsed(LocalDate.of(2025, 3, 31))).isEqualTo(365);
    }

    @Test
    void days_elapsed_refuses_a_date_in_another_year() {
        assertThatThrownBy(() -> new FinancialYear(2025).daysElapsed(LocalDate.of(2025, 3, 31)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2025-26");
    }

    @Test
    void the_label_wraps_at_the_century() {
        assertThat(new FinancialYear(2099).label()).isEqualTo("2099-00");
        assertThat(new FinancialYear(2009).label()).isEqualTo("2009-10");
    }
}
