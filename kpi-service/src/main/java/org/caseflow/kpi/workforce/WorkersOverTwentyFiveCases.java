package org.caseflow.kpi.workforce;

import org.caseflow.kpi.measures.Measure;
import org.caseflow.kpi.measures.MeasureValue;
import org.caseflow.kpi.measures.ReportingPeriod;
import org.caseflow.kpi.workforce.rules.Caseloads;
import org.springframework.stereotype.Component;

/**
 * KPI {@code workers-over-25-cases}: the case-holding social workers holding more than 25 children at the end of the
 * reporting date ({@link Caseloads#holdingOver}; snapshot). Who they are, and how many each holds, is in the
 * caseloads that only managers see ({@code GET /api/kpi/caseloads}).
 */
@Component
class WorkersOverTwentyFiveCases implements Measure {

    private final WorkerCaseloads caseloads;

    WorkersOverTwentyFiveCases(WorkerCaseloads caseloads) {
        this.caseloads = caseloads;
    }

    @Override
    public String measureId() {
        return "workers-over-25-cases";
    }

    @Override
    public MeasureValue valueFor(ReportingPeriod period) {
        return MeasureValue.count(Caseloads.holdingOver(caseloads.on(period.reportingDate()), Caseloads.HIGH_CASELOAD),
                period.atReportingDate());
    }
}
