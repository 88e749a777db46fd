package org.caseflow.kpi.measures;

/**
 * A measure whose headline covers the 12 months to the reporting date ({@link ReportingPeriod#rollingYear}),
 * shown beside the same measure for the month alone ({@link PeriodMeasure}).
 */
public interface RollingYearMeasure extends PeriodMeasure {

    @Override
    default MeasureValue valueFor(ReportingPeriod period) {
        MeasureValue.Period rolling = period.rollingYear();
        return valueBetween(rolling.from(), rolling.to(), rolling);
    }
}
