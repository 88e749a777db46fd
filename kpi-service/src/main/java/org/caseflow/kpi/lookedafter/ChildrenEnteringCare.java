package org.caseflow.kpi.lookedafter;

import java.time.LocalDate;
import java.util.SortedSet;
import java.util.TreeSet;
import org.caseflow.kpi.lookedafter.rules.LookedAfterChildren;
import org.caseflow.kpi.measures.CountsChildren;
import org.caseflow.kpi.measures.MeasureValue;
import org.caseflow.kpi.measures.ReportingPeriod;
import org.caseflow.kpi.measures.YearToDateMeasure;
import org.springframework.stereotype.Component;

/**
 * KPI {@code entering-care}: the children who started a period of care in the financial year to date, each
 * child once, not counting those looked after only under short breaks ({@link LookedAfterChildren}); and the
 * children who did in the month alone.
 */
@Component
class ChildrenEnteringCare implements YearToDateMeasure, CountsChildren {

    private final CarePeriods periods;

    ChildrenEnteringCare(CarePeriods periods) {
        this.periods = periods;
    }

    @Override
    public String measureId() {
        return "entering-care";
    }

    @Override
    public MeasureValue valueBetween(LocalDate from, LocalDate to, MeasureValue.Period reported) {
        return MeasureValue.count(LookedAfterChildren.entering(periods.startedBetween(from, to), from, to).size(), reported);
    }

    /** The children of the headline: the year to date. */
    @Override
    public SortedSet<String> childrenCounted(ReportingPeriod period) {
        LocalDate from = period.yearToDateStart();
        return new TreeSet<>(LookedAfterChildren.entering(periods.startedBetween(from, period.reportingDate()), from, period.reportingDate()));
    }
}
