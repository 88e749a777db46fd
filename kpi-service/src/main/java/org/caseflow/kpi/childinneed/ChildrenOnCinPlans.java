package org.caseflow.kpi.childinneed;

import org.caseflow.kpi.measures.Measure;
import org.caseflow.kpi.measures.MeasureValue;
import org.caseflow.kpi.measures.ReportingPeriod;
import org.caseflow.kpi.measures.rules.Involvement;
import org.springframework.stereotype.Component;

/**
 * KPI {@code cin-plan-count}: the children on a child in need plan at the end of the reporting date, each
 * child once (snapshot); the narrower count many dashboards call children in need.
 */
@Component
class ChildrenOnCinPlans implements Measure {

    private final CinPlans plans;

    ChildrenOnCinPlans(CinPlans plans) {
        this.plans = plans;
    }

    @Override
    public String measureId() {
        return "cin-plan-count";
    }

    @Override
    public MeasureValue valueFor(ReportingPeriod period) {
        long children = Involvement.childrenOpenOn(plans.openOrEndingOn(period.reportingDate()), period.reportingDate()).size();
        return MeasureValue.count(children, period.atReportingDate());
    }
}
