package org.caseflow.kpi.childinneed;

import java.time.LocalDate;
import java.util.List;
import org.caseflow.calendar.LocalTimescales;
import org.caseflow.calendar.Timescales;
import org.caseflow.calendar.WorkingDayCalendar;
import org.caseflow.kpi.childinneed.rules.CinPlan;
import org.caseflow.kpi.measures.Measure;
import org.caseflow.kpi.measures.MeasureValue;
import org.caseflow.kpi.measures.ReportingPeriod;
import org.caseflow.kpi.measures.rules.ChildrenInTimescale;
import org.caseflow.kpi.measures.rules.VisitTimeliness;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * KPI {@code cin-visits-in-timescale}: of the children on a child in need plan at the end of the reporting
 * date, those whose next visit is not overdue by {@link VisitTimeliness} (the council's rule T11), as child
 * protection visits are judged by T10. For each plan the database gives only the last visit by then in
 * which the child was seen, and the due date the journey set from it.
 */
@Component
class CinVisitsInTimescale implements Measure {

    private final JdbcClient jdbc;
    private final VisitTimeliness timeliness;

    CinVisitsInTimescale(JdbcClient jdbc, Timescales timescales, WorkingDayCalendar calendar) {
        this.jdbc = jdbc;
        this.timeliness = VisitTimeliness.childInNeed(timescales.byId(LocalTimescales.CIN_VISIT), calendar);
    }

    @Override
    public String measureId() {
        return "cin-visits-in-timescale";
    }

    @Override
    public MeasureValue valueFor(ReportingPeriod period) {
        LocalDate on = period.reportingDate();
        List<VisitTimeliness.PlanVisits> plans = jdbc.sql("""
                        select p.cin_plan_id, p.la_child_id, p.started_on, p.ended_on, p.first_visit_due_on, seen.last_seen_on,
                               (select max(d.due_on) from cin_visit_due_fact d
                                where d.cin_plan_id = p.cin_plan_id and d.counted_from = seen.last_seen_on) as due_after_last_seen
                        from cin_plan_fact p
                        cross join lateral (select max(v.visited_on) as last_seen_on from cin_visit_fact v
                                            where v.cin_plan_id = p.cin_plan_id and v.child_seen and v.visited_on <= :on) seen
                        where %s""".formatted(CinPlans.OPEN_OR_ENDING_ON))
                .param("on", on)
                .query((row, number) -> new VisitTimeliness.PlanVisits(
                        new CinPlan(row.getString("cin_plan_id"), row.getString("la_child_id"), row.getObject("started_on", LocalDate.class),
                                row.getObject("ended_on", LocalDate.class)),
                        row.getObject("first_visit_due_on", LocalDate.class), row.getObject("last_seen_on", LocalDate.class),
                        row.getObject("due_after_last_seen", LocalDate.class)))
                .list();
        ChildrenInTimescale count = timeliness.count(plans, on);
        return MeasureValue.percentage(count.inTimescale(), count.children(), period.atReportingDate());
    }
}
