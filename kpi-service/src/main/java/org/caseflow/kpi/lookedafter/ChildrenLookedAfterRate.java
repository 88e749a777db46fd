package org.caseflow.kpi.lookedafter;

import org.caseflow.kpi.lookedafter.rules.LookedAfterChildren;
import org.caseflow.kpi.measures.Measure;
import org.caseflow.kpi.measures.MeasureValue;
import org.caseflow.kpi.measures.RatePer10kChildren;
import org.caseflow.kpi.measures.ReportingPeriod;
import org.springframework.stereotype.Component;

/**
 * KPI {@code cla-rate}: the children looked after at the end of the reporting date ({@code cla-count}) per
 * 10,000 of the 0-17 population of its financial year ({@link RatePer10kChildren}). Without a population
 * estimate the rate is empty and the count still shown.
 */
@Component
class ChildrenLookedAfterRate implements Measure {

    private final CarePeriods periods;
    private final RatePer10kChildren ratePer10kChildren;

    ChildrenLookedAfterRate(CarePeriods periods, RatePer10kChildren ratePer10kChildren) {
        this.periods = periods;
        this.ratePer10kChildren = ratePer10kChildren;
    }

    @Override
    public String measureId() {
        return "cla-rate";
    }

    @Override
    public MeasureValue valueFor(ReportingPeriod period) {
        long children = LookedAfterChildren.on(periods.openOrEndingOn(period.reportingDate()), period.reportingDate()).size();
        return ratePer10kChildren.ofChildrenAtReportingDate(children, period);
    }
}
