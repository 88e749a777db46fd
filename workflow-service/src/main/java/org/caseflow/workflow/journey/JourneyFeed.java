package org.caseflow.workflow.journey;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.caseflow.journey.events.JourneyEvent;
import org.caseflow.journey.events.JourneyFeedPage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Serves the outbox in order. Positions are not taken when a row is written but handed out here,
 * in one transaction at a time, to rows whose writing transaction is older than every transaction
 * still running ({@code pg_snapshot_xmin}). A sequence alone would let a transaction that commits
 * late appear behind a position a reader has already passed; this way every position handed out
 * is higher than all before it and no event is skipped.
 */
@Repository
class JourneyFeed {

    /** Serialises position assignment across every instance of workflow-service. */
    private static final long SEQUENCER_LOCK = 0x4A4F55524E4559L;
    private static final TypeReference<Map<String, Object>> DATA = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    JourneyFeed(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Transactional
    public JourneyFeedPage read(long after, int limit) {
        assignPositions();
        List<JourneyEvent> events = jdbc.sql("""
                        select position, event_id, type, la_child_id, contact_id, referral_id, occurred_on,
                               recorded_at, due_on, team, worker, data, correlation_id
                        from journey.event
                        where position > :after
                        order by position
                        limit :limit""")
                .param("after", after)
                .param("limit", limit + 1)
                .query((row, number) -> event(row))
                .list();
        boolean hasMore = events.size() > limit;
        List<JourneyEvent> page = hasMore ? events.subList(0, limit) : events;
        long last = page.isEmpty() ? after : page.get(page.size() - 1).position();
        return new JourneyFeedPage(page, last, hasMore);
    }

    private void assignPositions() {
        jdbc.sql("select pg_advisory_xact_lock(:lock)").param("lock", SEQUENCER_LOCK).query().singleRow();
        jdbc.sql("""
                        with ready as (
                            select id, row_number() over (order by tx_id, id) as n
                            from journey.event
                            where position is null
                              and tx_id < pg_snapshot_xmin(pg_current_snapshot())
                        ), top as (
                            select coalesce(max(position), 0) as position from journey.event
                        )
                        update journey.event e
                        set position = top.position + ready.n
                        from ready, top
                        where e.id = ready.id""")
                .update();
    }

    private JourneyEvent event(ResultSet row) throws SQLException {
        return new JourneyEvent(
                row.getLong("position"),
                row.getObject("event_id", UUID.class),
                row.getString("type"),
                row.getString("la_child_id"),
                row.getString("contact_id"),
                row.getString("referral_id"),
                row.getObject("occurred_on", LocalDate.class),
                row.getTimestamp("recorded_at").toInstant(),
                row.getObject("due_on", LocalDate.class),
                row.getString("team"),
                row.getString("worker"),
                data(row.getString("data")),
                row.getString("correlation_id"));
    }

    private Map<String, Object> data(String text) {
        try {
            return json.readValue(text, DATA);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
