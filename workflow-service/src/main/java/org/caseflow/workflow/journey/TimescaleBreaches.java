package org.caseflow.workflow.journey;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How many statutory timers have fired on work not done in time, by event type and team, counted
 * from the journey event outbox: only breaches whose transaction committed count, each once, and
 * the totals survive a restart. A breach the work was then recorded against with a business date
 * within its timescale (a {@code RECORDED_IN_TIME} escalation for the same journey and rule) was
 * no breach, and is not counted: breaches are judged by business dates, as the measures are.
 */
@Component
public class TimescaleBreaches {

    private final JdbcClient jdbc;

    TimescaleBreaches(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Total(String type, String team, long breaches) {
    }

    public List<Total> totals() {
        return jdbc.sql("""
                        select breach.type, coalesce(breach.team, 'none') as team, count(*) as breaches
                        from journey.event breach
                        where breach.data ->> 'escalation' = 'BREACHED'
                          and not exists (select 1 from journey.event closed
                                          where closed.process_instance_id = breach.process_instance_id
                                            and closed.data ->> 'escalation' = 'RECORDED_IN_TIME'
                                            and closed.data ->> 'timescale' = breach.data ->> 'timescale')
                        group by breach.type, breach.team""")
                .query((row, number) -> new Total(row.getString("type"), row.getString("team"), row.getLong("breaches")))
                .list();
    }
}
