package org.caseflow.kpi.lookedafter;

import java.util.SortedSet;
import java.util.TreeSet;
import org.caseflow.kpi.lookedafter.rules.LookedAfterChildren;
import org.caseflow.kpi.measures.CountsChildren;
import org.caseflow.kpi.measures.MeasureValue;
import org.caseflow.kpi.measures.ReportingPeriod;
import org.springframework.stereotype.Component;

/**
 * KPI {@code cla-count}: the children looked after at the end of the reporting date, each child once, not
 * counting those looked after only under short breaks ({@link LookedAfterChildren}; snapshot).
 */
@Component
class ChildrenLookedAfter implements CountsChildren {

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
        return MeasureValue.count(childrenCounted(period).size(), period.atReportingDate());
    }

    @Override
    public SortedSet<String> childrenCounted(ReportingPeriod period) {
        return new TreeSet<>(LookedAfterChildren.on(periods.openOrEndingOn(period.reportingDate()), period.reportingDate()));
    }
}
