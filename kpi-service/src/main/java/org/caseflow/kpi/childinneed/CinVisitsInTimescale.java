package org.caseflow.kpi.childinneed;

import org.caseflow.calendar.LocalTimescales;
import org.caseflow.calendar.Timescales;
import org.caseflow.calendar.WorkingDayCalendar;
import org.caseflow.kpi.measures.VisitsInTimescaleMeasure;
import org.caseflow.kpi.measures.rules.Involvement;
import org.caseflow.kpi.measures.rules.VisitTimeliness;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * KPI {@code cin-visits-in-timescale}: of the children on a child in need plan at the end of the reporting
 * date, those whose next visit is not overdue by {@link VisitTimeliness} (the council's rule T11, as child
 * protection visits are judged by T10), counted as {@link VisitsInTimescaleMeasure} counts every plan's visits.
 */
@Component
class CinVisitsInTimescale extends VisitsInTimescaleMeasure<Involvement> {

    private static final VisitFacts CIN_VISITS =
            new VisitFacts("cin_plan_fact", "cin_plan_id", "cin_visit_fact", "cin_visit_due_fact", CinPlans.OPEN_OR_ENDING_ON);

    CinVisitsInTimescale(JdbcClient jdbc, Timescales timescales, WorkingDayCalendar calendar) {
        super(jdbc, VisitTimeliness.childInNeed(timescales.byId(LocalTimescales.CIN_VISIT), calendar), CIN_VISITS, CinPlans::planOf);
    }

    @Override
    public String measureId() {
        return "cin-visits-in-timescale";
    }
}
