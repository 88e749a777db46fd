package org.caseflow.kpi.measures;

/**
 * How one measure of the catalogue is computed from the facts. One class per measure, each named
 * after it and following its definition in docs/statutory-rules.md (KPI definitions).
 */
interface MeasureRule {

    /** The catalogue id, e.g. {@code assessments-in-timescale}. */
    String measureId();

    /** The headline value, as the report shows it. */
    MeasureValue valueFor(ReportingPeriod period);

    /** The same measure for the month alone, for measures whose headline covers the year to date. */
    default MeasureValue inMonth(ReportingPeriod period) {
        return null;
    }
}
