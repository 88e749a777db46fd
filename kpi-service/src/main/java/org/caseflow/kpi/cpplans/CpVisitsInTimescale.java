package org.caseflow.kpi.cpplans;

import java.time.LocalDate;
import java.util.List;
import org.caseflow.calendar.LocalTimescales;
import org.caseflow.calendar.Timescales;
import org.caseflow.calendar.WorkingDayCalendar;
import org.caseflow.kpi.measures.Measure;
import org.caseflow.kpi.measures.MeasureValue;
import org.caseflow.kpi.measures.ReportingPeriod;
import org.caseflow.kpi.measures.rules.ChildrenInTimescale;
import org.caseflow.kpi.measures.rules.VisitTimeliness;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * KPI {@code cp-visits-in-timescale}: of the children on a plan at the end of the reporting date,
 * those whose next visit is not overdue by {@link VisitTimeliness} (the council's rule T10). For
 * each plan the database gives only the last visit by then in which the child was seen, and the
 * due date the journey set from it.
 */
@Component
class CpVisitsInTimescale implements Measure {

    private final JdbcClient jdbc;
    private final VisitTimeliness timeliness;

    CpVisitsInTimescale(JdbcClient jdbc, Timescales timescales, WorkingDayCalendar calendar) {
        this.jdbc = jdbc;
        this.timeliness = VisitTimeliness.childProtection(timescales.byId(LocalTimescales.CP_VISIT), calendar);
    }

    @Override
    public String measureId() {
        return "cp-visits-in-timescale";
    }

    @Override
    public MeasureValue valueFor(ReportingPeriod period) {
        LocalDate on = period.reportingDate();
        List<VisitTimeliness.PlanVisits> plans = jdbc.sql("""
                        select p.cp_plan_id, p.la_child_id, p.started_on, p.ended_on, p.first_visit_due_on, seen.last_seen_on,
                               (select max(d.due_on) from cp_visit_due_fact d
                                where d.cp_plan_id = p.cp_plan_id and d.counted_from = seen.last_seen_on) as due_after_last_seen
                        from cp_plan_fact p
                        cross join lateral (select max(v.visited_on) as last_seen_on from cp_visit_fact v
                                            where v.cp_plan_id = p.cp_plan_id and v.child_seen and v.visited_on <= :on) seen
                        where %s""".formatted(CpPlans.OPEN_OR_ENDING_ON))
                .param("on", on)
                .query((row, number) -> new VisitTimeliness.PlanVisits(CpPlans.planOf(row),
                        row.getObject("first_visit_due_on", LocalDate.class), row.getObject("last_seen_on", LocalDate.class),
                        row.getObject("due_after_last_seen", LocalDate.class)))
                .list();
        ChildrenInTimescale count = timeliness.count(plans, on);
        return MeasureValue.percentage(count.inTimescale(), count.children(), period.atReportingDate());
    }
}
