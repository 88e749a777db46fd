package org.caseflow.casework.chronology;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The child's chronology: what happened, on the day it happened, one entry per journey event. */
@Repository
public class Chronology {

    private final JdbcClient jdbc;

    Chronology(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(UUID eventId, long position, String laChildId, LocalDate occurredOn, Instant recordedAt, String kind,
            String summary, String recordedBy) {
        jdbc.sql("""
                        insert into chronology_entry (event_id, position, la_child_id, occurred_on, recorded_at, kind, summary, recorded_by)
                        values (:event, :position, :child, :occurred, :recorded, :kind, :summary, :by)
                        on conflict (event_id) do nothing""")
                .param("event", eventId).param("position", position).param("child", laChildId).param("occurred", occurredOn)
                .param("recorded", java.sql.Timestamp.from(recordedAt)).param("kind", kind).param("summary", summary)
                .param("by", recordedBy)
                .update();
    }

    /**
     * A change made to the record itself rather than through a journey (the child's characteristics),
     * on the day it was made. It follows the journey events already recorded: on the same day, it
     * comes after them.
     */
    public void addRecordChange(String laChildId, LocalDate occurredOn, Instant recordedAt, String kind, String summary,
            String recordedBy) {
        long position = jdbc.sql("select coalesce(max(position), 0) from chronology_entry where la_child_id = :child")
                .param("child", laChildId).query(Long.class).single();
        add(UUID.randomUUID(), position, laChildId, occurredOn, recordedAt, kind, summary, recordedBy);
    }

    /** Oldest first; entries on the same day in the order the journey took them, then in the order recorded. */
    public List<ChronologyEntry> of(String laChildId) {
        return jdbc.sql("""
                        select occurred_on, recorded_at, kind, summary, recorded_by, event_id
                        from chronology_entry where la_child_id = :child
                        order by occurred_on, position, recorded_at""")
                .param("child", laChildId)
                .query((row, n) -> new ChronologyEntry(row.getObject("occurred_on", LocalDate.class),
                        row.getTimestamp("recorded_at").toInstant(), row.getString("kind"), row.getString("summary"),
                        row.getString("recorded_by"), row.getObject("event_id", UUID.class)))
                .list();
    }
}
