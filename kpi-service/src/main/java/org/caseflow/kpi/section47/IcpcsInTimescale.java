package org.caseflow.kpi.section47;

import java.util.List;
import org.caseflow.calendar.WorkingDayCalendar;
import org.caseflow.kpi.measures.Measure;
import org.caseflow.kpi.measures.MeasureValue;
import org.caseflow.kpi.measures.ReportingPeriod;
import org.caseflow.kpi.section47.rules.IcpcTimeliness;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * KPI {@code icpc-in-timescale}: initial conferences held in the month that were in timescale by
 * {@link IcpcTimeliness} (rule T4), over the conferences held in the month. Judged here from the two
 * dates with the current bank holidays, as every timeliness measure is, so a past month can always be
 * computed again.
 */
@Component
class IcpcsInTimescale implements Measure {

    private final JdbcClient jdbc;
    private final IcpcTimeliness timeliness;

    IcpcsInTimescale(JdbcClient jdbc, WorkingDayCalendar calendar) {
        this.jdbc = jdbc;
        this.timeliness = new IcpcTimeliness(calendar);
    }

    @Override
    public String measureId() {
        return "icpc-in-timescale";
    }

    @Override
    public MeasureValue valueFor(ReportingPeriod period) {
        List<IcpcTimeliness.Held> held = jdbc.sql("select s47_started_on, held_on from icpc_fact where held_on between :from and :to")
                .param("from", period.monthStart()).param("to", period.reportingDate())
                .query(IcpcTimeliness.Held.class).list();
        IcpcTimeliness.Count count = timeliness.count(held);
        return MeasureValue.percentage(count.inTimescale(), count.held(), period.inMonth());
    }
}
