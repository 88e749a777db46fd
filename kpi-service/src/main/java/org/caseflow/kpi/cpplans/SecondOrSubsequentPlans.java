package org.caseflow.kpi.cpplans;

import java.time.LocalDate;
import org.caseflow.kpi.cpplans.rules.RepeatPlans;
import org.caseflow.kpi.measures.MeasureValue;
import org.caseflow.kpi.measures.YearToDateMeasure;
import org.springframework.stereotype.Component;

/**
 * KPI {@code cp-repeat-plans}: plans started in the financial year to date that are a second or
 * subsequent plan for their child by {@link RepeatPlans}, over plans started in the year to date;
 * and the same for the month alone.
 */
@Component
class SecondOrSubsequentPlans implements YearToDateMeasure {

    private final CpPlans plans;

    SecondOrSubsequentPlans(CpPlans plans) {
        this.plans = plans;
    }

    @Override
    public String measureId() {
        return "cp-repeat-plans";
    }

    @Override
    public MeasureValue valueBetween(LocalDate from, LocalDate to, MeasureValue.Period reported) {
        RepeatPlans.Count count = RepeatPlans.count(from, to, plans.startedBetweenWithEarlierPlans(from, to));
        return MeasureValue.percentage(count.secondOrSubsequent(), count.started(), reported);
    }
}
