package org.caseflow.kpi.cpplans;

import org.caseflow.calendar.LocalTimescales;
import org.caseflow.calendar.Timescales;
import org.caseflow.calendar.WorkingDayCalendar;
import org.caseflow.kpi.measures.VisitsInTimescaleMeasure;
import org.caseflow.kpi.measures.rules.Involvement;
import org.caseflow.kpi.measures.rules.VisitTimeliness;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * KPI {@code cp-visits-in-timescale}: of the children on a child protection plan at the end of the
 * reporting date, those whose next visit is not overdue by {@link VisitTimeliness} (the council's rule
 * T10), counted as {@link VisitsInTimescaleMeasure} counts every plan's visits.
 */
@Component
class CpVisitsInTimescale extends VisitsInTimescaleMeasure<Involvement> {

    private static final VisitFacts CP_VISITS =
            new VisitFacts("cp_plan_fact", "cp_plan_id", "cp_visit_fact", "cp_visit_due_fact", CpPlans.OPEN_OR_ENDING_ON);

    CpVisitsInTimescale(JdbcClient jdbc, Timescales timescales, WorkingDayCalendar calendar) {
        super(jdbc, VisitTimeliness.childProtection(timescales.byId(LocalTimescales.CP_VISIT), calendar), CP_VISITS, CpPlans::planOf);
    }

    @Override
    public String measureId() {
        return "cp-visits-in-timescale";
    }
}
