package org.caseflow.kpi.cpplans;

import org.caseflow.kpi.measures.Measure;
import org.caseflow.kpi.measures.MeasureValue;
import org.caseflow.kpi.measures.ReportingPeriod;
import org.springframework.stereotype.Component;

/** KPI {@code cp-plans-ended}: plans ending in the month, on the review conference that ended each; each plan counts. */
@Component
class CpPlansEnded implements Measure {

    private final CpPlans plans;

    CpPlansEnded(CpPlans plans) {
        this.plans = plans;
    }

    @Override
    public String measureId() {
        return "cp-plans-ended";
    }

    @Override
    public MeasureValue valueFor(ReportingPeriod period) {
        return MeasureValue.count(plans.endedBetween(period.monthStart(), period.reportingDate()).size(), period.inMonth());
    }
}
