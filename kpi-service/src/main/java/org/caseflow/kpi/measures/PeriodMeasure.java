package org.caseflow.kpi.measures;

import java.time.LocalDate;

/**
 * A measure of what is dated in a period, whose headline covers a longer period than the month and is
 * shown beside the same measure for the month alone: the financial year to date
 * ({@link YearToDateMeasure}) or the 12 months to the reporting date ({@link RollingYearMeasure}). It
 * says only how it is counted between two dates; both periods end on the reporting date, so the month
 * in progress is counted to the same day in each.
 */
public interface PeriodMeasure extends Measure {

    /** The measure over what is dated from {@code from} to {@code to}, both included, reported as {@code reported}. */
    MeasureValue valueBetween(LocalDate from, LocalDate to, MeasureValue.Period reported);

    /** The first of the month to the reporting date. */
    @Override
    default MeasureValue inMonth(ReportingPeriod period) {
        return valueBetween(period.monthStart(), period.reportingDate(), period.inMonth());
    }
}
