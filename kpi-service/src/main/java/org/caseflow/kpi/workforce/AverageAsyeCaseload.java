package org.caseflow.kpi.workforce;

import org.caseflow.kpi.measures.Measure;
import org.caseflow.kpi.measures.MeasureValue;
import org.caseflow.kpi.measures.ReportingPeriod;
import org.caseflow.kpi.workforce.rules.Caseloads;
import org.springframework.stereotype.Component;

/**
 * KPI {@code asye-caseload}: as {@code sw-caseload}, over the case-holding social workers in their assessed and
 * supported year in employment at the end of the reporting date ({@link Caseloads#averageInAsye}; snapshot). Empty
 * when no one is in their ASYE that day.
 */
@Component
class AverageAsyeCaseload implements Measure {

    private final WorkerCaseloads caseloads;

    AverageAsyeCaseload(WorkerCaseloads caseloads) {
        this.caseloads = caseloads;
    }

    @Override
    public String measureId() {
        return "asye-caseload";
    }

    @Override
    public MeasureValue valueFor(ReportingPeriod period) {
        Caseloads.Average average = Caseloads.averageInAsye(caseloads.on(period.reportingDate()));
        return MeasureValue.average(average.children(), average.fte(), period.atReportingDate());
    }
}
