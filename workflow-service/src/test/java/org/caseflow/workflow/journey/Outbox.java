package org.caseflow.workflow.journey;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the journey event outbox in tests. */
@Component
public class Outbox {

    private final JdbcClient jdbc;

    Outbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The events of one process instance, in the order they were written. */
    public List<Map<String, Object>> eventsOf(String processInstanceId) {
        return jdbc.sql("""
                        select type, la_child_id, contact_id, referral_id, occurred_on, due_on, team, worker, data::text as data
                        from journey.event where process_instance_id = :id order by id""")
                .param("id", processInstanceId)
                .query().listOfRows();
    }

    public List<String> typesOf(String processInstanceId) {
        return eventsOf(processInstanceId).stream().map(row -> (String) row.get("type")).toList();
    }
}
