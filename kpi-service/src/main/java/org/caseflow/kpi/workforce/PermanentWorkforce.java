package org.caseflow.kpi.workforce;

import org.caseflow.kpi.measures.Measure;
import org.caseflow.kpi.measures.MeasureValue;
import org.caseflow.kpi.measures.ReportingPeriod;
import org.caseflow.kpi.workforce.rules.Caseloads;
import org.springframework.stereotype.Component;

/**
 * KPI {@code workforce-permanent}: the case-holding social workers employed by the council rather than through an
 * agency, by headcount, over all case-holding social workers ({@link Caseloads#permanence}; snapshot). Counted from
 * the directory as it is now, which keeps no history of starters and leavers.
 */
@Component
class PermanentWorkforce implements Measure {

    private final Workforce workforce;

    PermanentWorkforce(Workforce workforce) {
        this.workforce = workforce;
    }

    @Override
    public String measureId() {
        return "workforce-permanent";
    }

    @Override
    public MeasureValue valueFor(ReportingPeriod period) {
        Caseloads.Permanence permanence = Caseloads.permanence(workforce.caseHoldersOn(period.reportingDate()));
        return MeasureValue.percentage(permanence.permanent(), permanence.headcount(), period.atReportingDate());
    }
}
