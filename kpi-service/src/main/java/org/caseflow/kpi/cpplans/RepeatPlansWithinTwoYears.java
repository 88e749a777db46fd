package org.caseflow.kpi.cpplans;

import java.time.LocalDate;
import org.caseflow.kpi.cpplans.rules.RepeatPlans;
import org.caseflow.kpi.measures.Measure;
import org.caseflow.kpi.measures.MeasureValue;
import org.caseflow.kpi.measures.ReportingPeriod;
import org.springframework.stereotype.Component;

/**
 * KPI {@code cp-repeat-plans-2-years}: plans started in the financial year to date whose child had
 * an earlier plan that ended within the 2 years before, by {@link RepeatPlans}, over plans started in
 * the year to date; and the same for the month alone.
 */
@Component
class RepeatPlansWithinTwoYears implements Measure {

    private final CpPlans plans;

    RepeatPlansWithinTwoYears(CpPlans plans) {
        this.plans = plans;
    }

    @Override
    public String measureId() {
        return "cp-repeat-plans-2-years";
    }

    @Override
    public MeasureValue valueFor(ReportingPeriod period) {
        return share(period.yearToDateStart(), period.reportingDate(), period.yearToDate());
    }

    @Override
    public MeasureValue inMonth(ReportingPeriod period) {
        return share(period.monthStart(), period.reportingDate(), period.inMonth());
    }

    private MeasureValue share(LocalDate from, LocalDate to, MeasureValue.Period reported) {
        RepeatPlans.Count count = RepeatPlans.count(from, to, plans.startedBetweenWithEarlierPlans(from, to));
        return MeasureValue.percentage(count.withinTwoYears(), count.started(), reported);
    }
}
