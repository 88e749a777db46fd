package org.caseflow.kpi.cpplans;

import org.caseflow.kpi.cpplans.rules.CpPlan;
import org.caseflow.kpi.measures.Measure;
import org.caseflow.kpi.measures.MeasureValue;
import org.caseflow.kpi.measures.RatePer10kChildren;
import org.caseflow.kpi.measures.ReportingPeriod;
import org.springframework.stereotype.Component;

/**
 * KPI {@code cp-rate}: the children on a plan at the end of the reporting date per 10,000 of the
 * 0-17 population of its financial year ({@link RatePer10kChildren}). Without a population estimate
 * the rate is empty and the count still shown.
 */
@Component
class ChildrenOnPlansRate implements Measure {

    private final CpPlans plans;
    private final RatePer10kChildren ratePer10kChildren;

    ChildrenOnPlansRate(CpPlans plans, RatePer10kChildren ratePer10kChildren) {
        this.plans = plans;
        this.ratePer10kChildren = ratePer10kChildren;
    }

    @Override
    public String measureId() {
        return "cp-rate";
    }

    @Override
    public MeasureValue valueFor(ReportingPeriod period) {
        long children = CpPlan.childrenOnAPlan(plans.openOrEndingOn(period.reportingDate()), period.reportingDate());
        return ratePer10kChildren.ofChildrenAtReportingDate(children, period);
    }
}
