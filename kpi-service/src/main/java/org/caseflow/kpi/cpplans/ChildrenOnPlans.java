package org.caseflow.kpi.cpplans;

import org.caseflow.kpi.cpplans.rules.CpPlan;
import org.caseflow.kpi.measures.Measure;
import org.caseflow.kpi.measures.MeasureValue;
import org.caseflow.kpi.measures.ReportingPeriod;
import org.springframework.stereotype.Component;

/** KPI {@code cp-count}: the children on a child protection plan at the end of the reporting date (snapshot). */
@Component
class ChildrenOnPlans implements Measure {

    private final CpPlans plans;

    ChildrenOnPlans(CpPlans plans) {
        this.plans = plans;
    }

    @Override
    public String measureId() {
        return "cp-count";
    }

    @Override
    public MeasureValue valueFor(ReportingPeriod period) {
        long children = CpPlan.childrenOnAPlan(plans.openOrEndingOn(period.reportingDate()), period.reportingDate());
        return MeasureValue.count(children, period.atReportingDate());
    }
}
