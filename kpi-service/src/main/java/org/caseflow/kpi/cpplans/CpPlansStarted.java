package org.caseflow.kpi.cpplans;

import org.caseflow.kpi.measures.Measure;
import org.caseflow.kpi.measures.MeasureValue;
import org.caseflow.kpi.measures.ReportingPeriod;
import org.springframework.stereotype.Component;

/** KPI {@code cp-plans-started}: plans starting in the month, on their initial conference's date; each plan counts. */
@Component
class CpPlansStarted implements Measure {

    private final CpPlans plans;

    CpPlansStarted(CpPlans plans) {
        this.plans = plans;
    }

    @Override
    public String measureId() {
        return "cp-plans-started";
    }

    @Override
    public MeasureValue valueFor(ReportingPeriod period) {
        return MeasureValue.count(plans.startedBetween(period.monthStart(), period.reportingDate()), period.inMonth());
    }
}
