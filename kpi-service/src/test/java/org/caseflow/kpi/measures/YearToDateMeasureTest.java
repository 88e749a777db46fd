package org.caseflow.kpi.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** A year-to-date measure is counted from 1 April, and for the month alone, both to the reporting date. */
class YearToDateMeasureTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    /** Counts nothing, but reports the period it was asked to count over, and checks it was given its dates. */
    private final YearToDateMeasure measure = new YearToDateMeasure() {
        @Override
        public String measureId() {
            return "nothing-counted";
        }

        @Override
        public MeasureValue valueBetween(LocalDate from, LocalDate to, MeasureValue.Period reported) {
            assertThat(reported.from()).isEqualTo(from);
            assertThat(reported.to()).isEqualTo(to);
            return MeasureValue.count(0, reported);
        }
    };

    @Test
    void theHeadlineRunsFromTheFirstOfAprilToTheReportingDate() {
        ReportingPeriod december = ReportingPeriod.of(YearMonth.of(2025, 12), TODAY);

        assertThat(measure.valueFor(december).period()).isEqualTo(
                new MeasureValue.Period(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 12, 31), MeasureValue.Basis.YEAR_TO_DATE));
    }

    @Test
    void theMonthAloneRunsFromItsFirstDayToTheReportingDate() {
        ReportingPeriod december = ReportingPeriod.of(YearMonth.of(2025, 12), TODAY);

        assertThat(measure.inMonth(december).period()).isEqualTo(
                new MeasureValue.Period(LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 31), MeasureValue.Basis.MONTH));
    }

    @Test
    void theMonthInProgressIsCountedToTodayInBoth() {
        ReportingPeriod november = ReportingPeriod.of(YearMonth.of(2026, 11), TODAY);

        assertThat(measure.valueFor(november).period().to()).isEqualTo(TODAY);
        assertThat(measure.inMonth(november).period().to()).isEqualTo(TODAY);
    }

    @Test
    void inAprilTheYearToDateIsTheMonthAlone() {
        ReportingPeriod april = ReportingPeriod.of(YearMonth.of(2026, 4), TODAY);

        assertThat(measure.valueFor(april).period().from()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(measure.inMonth(april).period().from()).isEqualTo(LocalDate.of(2026, 4, 1));
    }
}
