package org.caseflow.kpi.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** A rolling measure is counted over the 12 months to the reporting date, and for the month alone. */
class RollingYearMeasureTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    /** Counts nothing, but reports the period it was asked to count over, and checks it was given its dates. */
    private final RollingYearMeasure measure = new RollingYearMeasure() {
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
    void theHeadlineRunsOverTheTwelveMonthsToTheReportingDate() {
        ReportingPeriod december = ReportingPeriod.of(YearMonth.of(2025, 12), TODAY);

        assertThat(measure.valueFor(december).period()).isEqualTo(
                new MeasureValue.Period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), MeasureValue.Basis.ROLLING_12_MONTHS));
    }

    @Test
    void theMonthAloneRunsFromItsFirstDayToTheReportingDate() {
        ReportingPeriod november = ReportingPeriod.of(YearMonth.of(2026, 11), TODAY);

        assertThat(measure.inMonth(november).period()).isEqualTo(
                new MeasureValue.Period(LocalDate.of(2026, 11, 1), TODAY, MeasureValue.Basis.MONTH));
        assertThat(measure.valueFor(november).period().to()).isEqualTo(TODAY);
    }
}
