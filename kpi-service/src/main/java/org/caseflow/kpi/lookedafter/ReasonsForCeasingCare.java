package org.caseflow.kpi.lookedafter;

import java.time.LocalDate;
import java.util.List;
import org.caseflow.journey.events.lookedafter.ReasonCeased;
import org.caseflow.kpi.lookedafter.rules.CarePeriod;
import org.caseflow.kpi.lookedafter.rules.LookedAfterChildren;
import org.caseflow.kpi.measures.MeasureValue;
import org.caseflow.kpi.measures.YearToDateMeasure;
import org.springframework.stereotype.Component;

/**
 * KPI {@code ceased-care-reasons}: the children ceasing care in the financial year to date ({@code ceased-care}),
 * broken down by how the report groups their reasons ({@link ReasonCeased#kind}; a child who ceased twice by
 * the last); and the same for the month alone ("7 children ceased care in June: 1 adopted, 2 by SGO or RO,
 * and 4 who turned 18").
 */
@Component
class ReasonsForCeasingCare implements YearToDateMeasure {

    private final CarePeriods periods;

    ReasonsForCeasingCare(CarePeriods periods) {
        this.periods = periods;
    }

    @Override
    public String measureId() {
        return "ceased-care-reasons";
    }

    @Override
    public MeasureValue valueBetween(LocalDate from, LocalDate to, MeasureValue.Period reported) {
        List<CarePeriod> ceasing = LookedAfterChildren.ceasing(periods.endedBetween(from, to), from, to);
        return MeasureValue.countByCategory(ceasing.size(), LookedAfterChildren.reasonsCeased(ceasing), reported);
    }
}
