package org.caseflow.kpi.lookedafter;

import org.caseflow.calendar.WorkingDayCalendar;
import org.caseflow.kpi.lookedafter.rules.ClaVisitsFallingDue;
import org.caseflow.kpi.measures.Measure;
import org.caseflow.kpi.measures.MeasureValue;
import org.caseflow.kpi.measures.ReportingPeriod;
import org.caseflow.kpi.measures.rules.WorkFallingDue;
import org.springframework.stereotype.Component;

/**
 * KPI {@code cla-visits-in-timescale}: of the statutory visits to looked-after children that fell due in the month
 * (to the reporting date), those made by their due date, by regulation 28 ({@link ClaVisitsFallingDue}: rules T12
 * to T14). Each visit counts, not each child: it is a measure of the month's work, as the report shows it, beside
 * the children counted at the reporting date.
 */
@Component
class ClaVisitsInTimescale implements Measure {

    private final CarePeriods periods;
    private final ClaVisitsFallingDue visits;

    ClaVisitsInTimescale(CarePeriods periods, WorkingDayCalendar calendar) {
        this.periods = periods;
        this.visits = new ClaVisitsFallingDue(calendar);
    }

    @Override
    public String measureId() {
        return "cla-visits-in-timescale";
    }

    @Override
    public MeasureValue valueFor(ReportingPeriod period) {
        WorkFallingDue.Count count = visits.between(periods.placementVisitsBetween(period.monthStart(), period.reportingDate()),
                period.monthStart(), period.reportingDate());
        return MeasureValue.percentage(count.inTimescale(), count.due(), period.inMonth());
    }
}
