package org.caseflow.casework.audit;

import java.util.List;
import java.util.UUID;
import org.caseflow.support.tracing.CurrentTrace;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The append-only audit trail of every child's record (table {@code audit_entry}). */
@Repository
public class AuditTrail {

    /** Who a statutory timer acts as. */
    public static final String SYSTEM = "system";

    private final JdbcClient jdbc;

    AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Something done through this service's API, in the current request. */
    public void record(String actor, String action, String laChildId, String detail) {
        insert(null, actor, action, laChildId, CurrentTrace.idOrNull(), detail);
    }

    /**
     * A refused read, kept even though the request that tried it fails and its own transaction
     * rolls back.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordRefusal(String actor, String laChildId, String detail) {
        record(actor, "READ_DENIED", laChildId, detail);
    }

    /** A change that arrived as a journey event; the same event is audited once however often it is applied. */
    public void recordChange(UUID eventId, String actor, String action, String laChildId, String correlationId, String detail) {
        insert(eventId, actor == null ? SYSTEM : actor, action, laChildId, correlationId, detail);
    }

    public List<AuditEntry> of(String laChildId) {
        return jdbc.sql("""
                        select at, actor, action, la_child_id, correlation_id, detail from audit_entry
                        where la_child_id = :child order by at, id""")
                .param("child", laChildId)
                .query((row, n) -> new AuditEntry(row.getTimestamp("at").toInstant(), row.getString("actor"),
                        row.getString("action"), row.getString("la_child_id"), row.getString("correlation_id"),
                        row.getString("detail")))
                .list();
    }

    private void insert(UUID eventId, String actor, String action, String laChildId, String correlationId, String detail) {
        jdbc.sql("""
                        insert into audit_entry (actor, action, la_child_id, correlation_id, detail, event_id)
                        values (:actor, :action, :child, :correlation, :detail, :event)
                        on conflict (event_id) do nothing""")
                .param("actor", actor).param("action", action).param("child", laChildId)
                .param("correlation", correlationId).param("detail", detail).param("event", eventId)
                .update();
    }
}
