package org.caseflow.casework.oversight;

import java.util.List;
import org.caseflow.casework.feed.JourneyEventApplied;
import org.caseflow.journey.events.JourneyEvent;
import org.caseflow.journey.events.oversight.DecisionPoint;
import org.caseflow.journey.events.oversight.Oversight;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Each decision with management oversight on the child's record. An event records oversight by its
 * data ({@link Oversight#of}), whatever its type and whichever feature applies it, so this listens
 * to every event applied to the record, in the same transaction, keyed by the event (a replay
 * changes nothing).
 */
@Repository
public class OversightEntries {

    private final JdbcClient jdbc;

    OversightEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void keepOversight(JourneyEventApplied applied) {
        JourneyEvent event = applied.event();
        Oversight.of(event).ifPresent(oversight -> jdbc.sql("""
                        insert into oversight_entry (event_id, la_child_id, position, point, event_type, manager, decided_on, direction, team)
                        values (:event, :child, :position, :point, :type, :manager, :on, :direction, :team)
                        on conflict (event_id) do nothing""")
                .param("event", event.eventId()).param("child", event.laChildId()).param("position", event.position())
                .param("point", oversight.point().name()).param("type", event.type()).param("manager", oversight.manager())
                .param("on", oversight.decidedOn()).param("direction", oversight.direction()).param("team", oversight.team())
                .update());
    }

    /** The child's, oldest first, as the record reads a chronology of decisions. */
    public List<OversightEntry> of(String laChildId) {
        // what was decided (authorised or sent back, stepped down or closed) is in the words the chronology gave the same event
        return jdbc.sql("""
                        select o.point, o.event_type, o.manager, o.decided_on, o.direction, o.team, c.summary
                        from oversight_entry o left join chronology_entry c on c.event_id = o.event_id
                        where o.la_child_id = :child order by o.decided_on, o.position""")
                .param("child", laChildId)
                .query((row, n) -> new OversightEntry(row.getString("point"), DecisionPoint.valueOf(row.getString("point")).label(),
                        row.getString("event_type"), row.getString("manager"), row.getObject("decided_on", java.time.LocalDate.class),
                        row.getString("direction"), row.getString("team"), row.getString("summary")))
                .list();
    }
}
