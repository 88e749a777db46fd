package org.caseflow.kpi.measures;

/**
 * How one measure of the catalogue is computed from the facts: the adapter between the facts'
 * tables and the measure's rule. One class per measure, named after it, in the package of the
 * feature whose facts it reads, following its definition in docs/statutory-rules.md (KPI
 * definitions). The rule itself, where there is more to it than counting facts in a period, is
 * plain Java in that feature's {@code rules} package.
 */
public interface Measure {

    /** The catalogue id, e.g. {@code assessments-in-timescale}. */
    String measureId();

    /** The headline value, as the report shows it. */
    MeasureValue valueFor(ReportingPeriod period);

    /** The same measure for the month alone, for measures whose headline covers a longer period ({@link PeriodMeasure}). */
    default MeasureValue inMonth(ReportingPeriod period) {
        return null;
    }
}
