package org.caseflow.kpi.cpplans;

import java.time.LocalDate;
import org.caseflow.kpi.cpplans.rules.LongPlans;
import org.caseflow.kpi.measures.MeasureValue;
import org.caseflow.kpi.measures.YearToDateMeasure;
import org.springframework.stereotype.Component;

/**
 * KPI {@code cp-plans-ended-2-years}: plans ended in the financial year to date that had lasted 2
 * years or more by {@link LongPlans} (the count is the numerator), over plans ended in the year to
 * date; and the same for the month alone.
 */
@Component
class PlansEndedAfterTwoYears implements YearToDateMeasure {

    private final CpPlans plans;

    PlansEndedAfterTwoYears(CpPlans plans) {
        this.plans = plans;
    }

    @Override
    public String measureId() {
        return "cp-plans-ended-2-years";
    }

    @Override
    public MeasureValue valueBetween(LocalDate from, LocalDate to, MeasureValue.Period reported) {
        LongPlans.EndedCount count = LongPlans.countEnded(plans.endedBetween(from, to));
        return MeasureValue.percentage(count.twoYearsOrMore(), count.ended(), reported);
    }
}
