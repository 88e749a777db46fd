package org.caseflow.kpi.workforce;

import org.caseflow.kpi.measures.Measure;
import org.caseflow.kpi.measures.MeasureValue;
import org.caseflow.kpi.measures.ReportingPeriod;
import org.caseflow.kpi.workforce.rules.Caseloads;
import org.springframework.stereotype.Component;

/**
 * KPI {@code sw-caseload}: the children held by case-holding social workers at the end of the reporting date, over
 * the sum of those workers' full-time equivalent ({@link Caseloads#average}; snapshot). The numerator is the children,
 * the denominator the FTE.
 */
@Component
class AverageCaseload implements Measure {

    private final WorkerCaseloads caseloads;

    AverageCaseload(WorkerCaseloads caseloads) {
        this.caseloads = caseloads;
    }

    @Override
    public String measureId() {
        return "sw-caseload";
    }

    @Override
    public MeasureValue valueFor(ReportingPeriod period) {
        Caseloads.Average average = Caseloads.average(caseloads.on(period.reportingDate()));
        return MeasureValue.average(average.children(), average.fte(), period.atReportingDate());
    }
}
