package org.caseflow.kpi.measures;

/**
 * A measure whose headline covers the financial year to date, shown beside the same measure for the
 * month alone ({@link PeriodMeasure}).
 */
public interface YearToDateMeasure extends PeriodMeasure {

    /** 1 April to the reporting date. */
    @Override
    default MeasureValue valueFor(ReportingPeriod period) {
        return valueBetween(period.yearToDateStart(), period.reportingDate(), period.yearToDate());
    }
}
