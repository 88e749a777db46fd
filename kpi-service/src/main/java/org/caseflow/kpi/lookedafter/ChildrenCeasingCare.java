package org.caseflow.kpi.lookedafter;

import java.time.LocalDate;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.caseflow.kpi.lookedafter.rules.CarePeriod;
import org.caseflow.kpi.lookedafter.rules.LookedAfterChildren;
import org.caseflow.kpi.measures.CountsChildren;
import org.caseflow.kpi.measures.MeasureValue;
import org.caseflow.kpi.measures.ReportingPeriod;
import org.caseflow.kpi.measures.YearToDateMeasure;
import org.springframework.stereotype.Component;

/**
 * KPI {@code ceased-care}: the children whose period of care ended in the financial year to date, each child
 * once, not counting those looked after only under short breaks ({@link LookedAfterChildren}); and the
 * children who ceased in the month alone. A period ending on the reporting date has ended.
 */
@Component
class ChildrenCeasingCare implements YearToDateMeasure, CountsChildren {

    private final CarePeriods periods;

    ChildrenCeasingCare(CarePeriods periods) {
        this.periods = periods;
    }

    @Override
    public String measureId() {
        return "ceased-care";
    }

    @Override
    public MeasureValue valueBetween(LocalDate from, LocalDate to, MeasureValue.Period reported) {
        return MeasureValue.count(LookedAfterChildren.ceasing(periods.endedBetween(from, to), from, to).size(), reported);
    }

    /** The children of the headline: the year to date. */
    @Override
    public SortedSet<String> childrenCounted(ReportingPeriod period) {
        LocalDate from = period.yearToDateStart();
        return LookedAfterChildren.ceasing(periods.endedBetween(from, period.reportingDate()), from, period.reportingDate()).stream()
                .map(CarePeriod::laChildId).collect(Collectors.toCollection(TreeSet::new));
    }
}
