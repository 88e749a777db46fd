package org.caseflow.kpi.lookedafter;

import org.caseflow.kpi.lookedafter.rules.LookedAfterChildren;
import org.caseflow.kpi.measures.Measure;
import org.caseflow.kpi.measures.MeasureValue;
import org.caseflow.kpi.measures.RatePer10kChildren;
import org.caseflow.kpi.measures.ReportingPeriod;
import org.caseflow.kpi.measures.rules.YearProjection;
import org.springframework.stereotype.Component;

/**
 * KPI {@code ceased-care-rate}: the children ceasing care in the financial year to date ({@code ceased-care}),
 * projected to the whole year ({@link YearProjection#of}: by default, as the report does, times 12 over the months elapsed), per 10,000 of the 0-17
 * population ({@link RatePer10kChildren}): so the reference report's 33, 51 and 58 children at the ends of
 * April, May and June 2023 are 120, 93 and 70 per 10,000 of its population.
 */
@Component
class CeasingCareRate implements Measure {

    private final CarePeriods periods;
    private final RatePer10kChildren ratePer10kChildren;

    CeasingCareRate(CarePeriods periods, RatePer10kChildren ratePer10kChildren) {
        this.periods = periods;
        this.ratePer10kChildren = ratePer10kChildren;
    }

    @Override
    public String measureId() {
        return "ceased-care-rate";
    }

    @Override
    public MeasureValue valueFor(ReportingPeriod period) {
        long children = LookedAfterChildren.ceasing(periods.endedBetween(period.yearToDateStart(), period.reportingDate()),
                period.yearToDateStart(), period.reportingDate()).size();
        return ratePer10kChildren.ofYearToDateProjected(children, period);
    }
}
