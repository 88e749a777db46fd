package org.caseflow.kpi.section47;

import java.util.List;
import org.caseflow.calendar.StatutoryTimescale;
import org.caseflow.calendar.WorkingDayCalendar;
import org.caseflow.kpi.measures.Measure;
import org.caseflow.kpi.measures.MeasureValue;
import org.caseflow.kpi.measures.ReportingPeriod;
import org.caseflow.kpi.measures.rules.DeadlineTimeliness;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * KPI {@code icpc-in-timescale}: initial conferences held in the month that were in timescale by rule
 * T4 ({@link StatutoryTimescale#INITIAL_CHILD_PROTECTION_CONFERENCE}, judged by {@link DeadlineTimeliness}),
 * over the conferences held in the month. A conference is in timescale when held on or before working
 * day 15 counted from the strategy discussion that initiated the section 47 enquiry (day 0, CIN census
 * S47ActualStartDate), not from a later one. Judged here from the two dates with the current bank
 * holidays, as every timeliness measure is, so a past month can always be computed again.
 */
@Component
class IcpcsInTimescale implements Measure {

    private final JdbcClient jdbc;
    private final DeadlineTimeliness timeliness;

    IcpcsInTimescale(JdbcClient jdbc, WorkingDayCalendar calendar) {
        this.jdbc = jdbc;
        this.timeliness = new DeadlineTimeliness(StatutoryTimescale.INITIAL_CHILD_PROTECTION_CONFERENCE, calendar);
    }

    @Override
    public String measureId() {
        return "icpc-in-timescale";
    }

    @Override
    public MeasureValue valueFor(ReportingPeriod period) {
        // the clock starts with the enquiry (S47ActualStartDate): the date of the discussion that initiated it
        List<DeadlineTimeliness.Done> held = jdbc.sql("""
                        select s47_started_on as clock_started_on, held_on as done_on from icpc_fact
                        where held_on between :from and :to""")
                .param("from", period.monthStart()).param("to", period.reportingDate())
                .query(DeadlineTimeliness.Done.class).list();
        DeadlineTimeliness.Count count = timeliness.count(held);
        return MeasureValue.percentage(count.inTimescale(), count.done(), period.inMonth());
    }
}
