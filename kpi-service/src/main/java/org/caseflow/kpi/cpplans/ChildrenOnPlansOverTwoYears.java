package org.caseflow.kpi.cpplans;

import org.caseflow.kpi.cpplans.rules.LongPlans;
import org.caseflow.kpi.measures.Measure;
import org.caseflow.kpi.measures.MeasureValue;
import org.caseflow.kpi.measures.ReportingPeriod;
import org.springframework.stereotype.Component;

/** KPI {@code cp-over-2-years}: the children on a plan at the end of the reporting date for over 2 years, by {@link LongPlans}. */
@Component
class ChildrenOnPlansOverTwoYears implements Measure {

    private final CpPlans plans;

    ChildrenOnPlansOverTwoYears(CpPlans plans) {
        this.plans = plans;
    }

    @Override
    public String measureId() {
        return "cp-over-2-years";
    }

    @Override
    public MeasureValue valueFor(ReportingPeriod period) {
        long children = LongPlans.childrenOverTwoYearsOn(plans.openOrEndingOn(period.reportingDate()), period.reportingDate());
        return MeasureValue.count(children, period.atReportingDate());
    }
}
