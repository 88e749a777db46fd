package org.caseflow.kpi.cpplans;

import java.time.LocalDate;
import org.caseflow.kpi.cpplans.rules.RepeatPlans;
import org.caseflow.kpi.measures.MeasureValue;
import org.caseflow.kpi.measures.YearToDateMeasure;
import org.springframework.stereotype.Component;

/**
 * KPI {@code cp-repeat-plans-2-years}: plans started in the financial year to date whose child had
 * an earlier plan that ended within the 2 years before, by {@link RepeatPlans}, over plans started in
 * the year to date; and the same for the month alone.
 */
@Component
class RepeatPlansWithinTwoYears implements YearToDateMeasure {

    private final CpPlans plans;

    RepeatPlansWithinTwoYears(CpPlans plans) {
        this.plans = plans;
    }

    @Override
    public String measureId() {
        return "cp-repeat-plans-2-years";
    }

    @Override
    public MeasureValue valueBetween(LocalDate from, LocalDate to, MeasureValue.Period reported) {
        RepeatPlans.Count count = RepeatPlans.count(from, to, plans.startedBetweenWithEarlierPlans(from, to));
        return MeasureValue.percentage(count.withinTwoYears(), count.started(), reported);
    }
}
