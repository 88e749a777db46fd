package org.caseflow.kpi.lookedafter;

import org.caseflow.kpi.lookedafter.rules.LookedAfterChildren;
import org.caseflow.kpi.measures.Measure;
import org.caseflow.kpi.measures.MeasureValue;
import org.caseflow.kpi.measures.ReportingPeriod;
import org.springframework.stereotype.Component;

/**
 * KPI {@code cla-count}: the children looked after at the end of the reporting date, each child once, not
 * counting those looked after only under short breaks ({@link LookedAfterChildren}; snapshot).
 */
@Component
class ChildrenLookedAfter implements Measure {

    private final CarePeriods periods;

    ChildrenLookedAfter(CarePeriods periods) {
        this.periods = periods;
    }

    @Override
    public String measureId() {
        return "cla-count";
    }

    @Override
    public MeasureValue valueFor(ReportingPeriod period) {
        long children = LookedAfterChildren.on(periods.openOrEndingOn(period.reportingDate()), period.reportingDate()).size();
        return MeasureValue.count(children, period.atReportingDate());
    }
}
