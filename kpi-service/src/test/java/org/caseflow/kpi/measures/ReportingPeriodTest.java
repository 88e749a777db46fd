package org.caseflow.kpi.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class ReportingPeriodTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @Test
    void aPastMonthRunsToItsLastDayAndItsFinancialYearFromApril() {
        ReportingPeriod december = ReportingPeriod.of(YearMonth.of(2025, 12), TODAY);

        assertThat(december.reportingDate()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(december.yearToDateStart()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(december.financialYear().label()).isEqualTo("2025-26");
    }

    @Test
    void theMonthInProgressRunsToToday() {
        assertThat(ReportingPeriod.of(YearMonth.of(2026, 11), TODAY).reportingDate()).isEqualTo(TODAY);
    }

    @Test
    void marchClosesTheYearAndAprilStartsTheNext() {
        assertThat(ReportingPeriod.of(YearMonth.of(2026, 3), TODAY).yearToDateStart()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(ReportingPeriod.of(YearMonth.of(2026, 4), TODAY).yearToDateStart()).isEqualTo(LocalDate.of(2026, 4, 1));
    }

    @Test
    void aSnapshotIsTakenAtTheEndOfTheReportingDate() {
        assertThat(ReportingPeriod.of(YearMonth.of(2024, 2), TODAY).atReportingDate())
                .isEqualTo(new MeasureValue.Period(LocalDate.of(2024, 2, 29), LocalDate.of(2024, 2, 29), MeasureValue.Basis.SNAPSHOT));
        assertThat(ReportingPeriod.of(YearMonth.of(2026, 11), TODAY).atReportingDate().to()).isEqualTo(TODAY);
    }

    @Test
    void theRollingYearRunsFromTheDayAfterTheSameDayTwelveMonthsBefore() {
        assertThat(ReportingPeriod.of(YearMonth.of(2025, 12), TODAY).rollingYear())
                .isEqualTo(new MeasureValue.Period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), MeasureValue.Basis.ROLLING_12_MONTHS));
        assertThat(ReportingPeriod.of(YearMonth.of(2025, 3), TODAY).rollingYear().from()).as("the financial year")
                .isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(ReportingPeriod.of(YearMonth.of(2026, 11), TODAY).rollingYear().from()).as("the month in progress, to today")
                .isEqualTo(LocalDate.of(2025, 11, 27));
    }

    @Test
    void theRollingYearToAFebruaryEndHoldsTheLeapDayOnce() {
        MeasureValue.Period toLeapDay = ReportingPeriod.of(YearMonth.of(2024, 2), TODAY).rollingYear();
        MeasureValue.Period afterLeapYear = ReportingPeriod.of(YearMonth.of(2025, 2), TODAY).rollingYear();

        assertThat(toLeapDay.from()).isEqualTo(LocalDate.of(2023, 3, 1));
        assertThat(toLeapDay.to()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(afterLeapYear.from()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(afterLeapYear.to()).isEqualTo(LocalDate.of(2025, 2, 28));
    }

    @Test
    void februaryEndsOnTheTwentyNinthInALeapYear() {
        assertThat(ReportingPeriod.of(YearMonth.of(2024, 2), TODAY).reportingDate()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(ReportingPeriod.of(YearMonth.of(2024, 3), TODAY).previous().reportingDate()).isEqualTo(LocalDate.of(2024, 2, 29));
    }
}
