package org.caseflow.kpi.cpplans;

import java.util.SortedSet;
import java.util.TreeSet;
import org.caseflow.kpi.cpplans.rules.CpPlan;
import org.caseflow.kpi.measures.CountsChildren;
import org.caseflow.kpi.measures.MeasureValue;
import org.caseflow.kpi.measures.ReportingPeriod;
import org.caseflow.kpi.measures.rules.Involvement;
import org.springframework.stereotype.Component;

/** KPI {@code cp-count}: the children on a child protection plan at the end of the reporting date (snapshot). */
@Component
class ChildrenOnPlans implements CountsChildren {

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
        return MeasureValue.count(childrenCounted(period).size(), period.atReportingDate());
    }

    /** As {@link CpPlan#childrenOnAPlan} counts them. */
    @Override
    public SortedSet<String> childrenCounted(ReportingPeriod period) {
        return new TreeSet<>(Involvement.childrenOpenOn(plans.openOrEndingOn(period.reportingDate()), period.reportingDate()));
    }
}
