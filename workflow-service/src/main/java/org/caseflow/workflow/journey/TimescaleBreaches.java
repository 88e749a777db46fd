package org.caseflow.workflow.journey;

import java.util.List;
import org.caseflow.journey.events.JourneyEventType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How many statutory timers have fired, by event type and team, counted from the journey event
 * outbox: only breaches whose transaction committed count, each once, and the totals survive a
 * restart.
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
                        select type, coalesce(team, 'none') as team, count(*) as breaches
                        from journey.event
                        where type like :breach
                        group by type, team""")
                .param("breach", "%" + JourneyEventType.TIMESCALE_BREACH_SUFFIX)
                .query((row, number) -> new Total(row.getString("type"), row.getString("team"), row.getLong("breaches")))
                .list();
    }
}
