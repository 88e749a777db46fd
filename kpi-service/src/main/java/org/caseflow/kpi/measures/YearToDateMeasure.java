package org.caseflow.kpi.measures;

import java.time.LocalDate;

/**
 * A measure whose headline covers the financial year to date, shown beside the same measure for the
 * month alone. It says only how it is counted between two dates; both periods end on the reporting
 * date, so the month in progress is counted to the same day in each.
 */
public interface YearToDateMeasure extends Measure {

    /** The measure over what is dated from {@code from} to {@code to}, both included, reported as {@code reported}. */
    MeasureValue valueBetween(LocalDate from, LocalDate to, MeasureValue.Period reported);

    /** 1 April to the reporting date. */
    @Override
    default MeasureValue valueFor(ReportingPeriod period) {
        return valueBetween(period.yearToDateStart(), period.reportingDate(), period.yearToDate());
    }

    /** The first of the month to the reporting date. */
    @Override
    default MeasureValue inMonth(ReportingPeriod period) {
        return valueBetween(period.monthStart(), period.reportingDate(), period.inMonth());
    }
}
