package org.caseflow.kpi.audit;

import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import org.caseflow.support.tracing.CurrentTrace;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The KPI service's audit trail (table {@code audit_entry}): changes to the catalogue's targets, tolerances and
 * milestones, with the settings before and after, and every list of the children a measure counted. Each entry
 * names who, when and the request's correlation id, and is written in the caller's transaction, so that what it
 * records and the record of it stand or fall together. The table is append-only.
 */
@Repository
public class KpiAuditTrail {

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    KpiAuditTrail(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public enum Action { CATALOGUE_CHANGED, CHILDREN_LISTED }

    /**
     * One entry as it is read back.
     *
     * @param before the settings before a change, as JSON; empty for a list of children
     * @param after  the settings after it
     */
    public record Entry(long id, OffsetDateTime at, String actor, Action action, String measureId, YearMonth month,
            @JsonRawValue String before, @JsonRawValue String after, String detail, String correlationId) {
    }

    /** A change to a measure's settings: {@code before} and {@code after} are written as JSON. */
    public void catalogueChanged(String actor, String measureId, Object before, Object after, String detail) {
        insert(actor, Action.CATALOGUE_CHANGED, measureId, null, asJson(before), asJson(after), detail);
    }

    /** The children {@code measureId} counted for {@code month} were listed to {@code actor}. */
    public void childrenListed(String actor, String measureId, YearMonth month, String detail) {
        insert(actor, Action.CHILDREN_LISTED, measureId, month.atDay(1), null, null, detail);
    }

    /** The entries of one kind, newest first. */
    public List<Entry> entries(Action action, int limit) {
        return jdbc.sql("""
                        select id, at, actor, action, measure_id, month, before::text as before, after::text as after, detail, correlation_id
                        from audit_entry where action = :action order by id desc limit :limit""")
                .param("action", action.name())
                .param("limit", limit)
                .query((row, number) -> new Entry(row.getLong("id"), row.getObject("at", OffsetDateTime.class), row.getString("actor"),
                        Action.valueOf(row.getString("action")), row.getString("measure_id"),
                        row.getObject("month", LocalDate.class) == null ? null : YearMonth.from(row.getObject("month", LocalDate.class)),
                        row.getString("before"), row.getString("after"), row.getString("detail"), row.getString("correlation_id")))
                .list();
    }

    private void insert(String actor, Action action, String measureId, LocalDate month, String before, String after, String detail) {
        jdbc.sql("""
                        insert into audit_entry (actor, action, measure_id, month, before, after, detail, correlation_id)
                        values (:actor, :action, :measure, :month, cast(:before as jsonb), cast(:after as jsonb), :detail, :correlation)""")
                .param("actor", actor)
                .param("action", action.name())
                .param("measure", measureId)
                .param("month", month)
                .param("before", before)
                .param("after", after)
                .param("detail", detail)
                .param("correlation", CurrentTrace.idOrNull())
                .update();
    }

    private String asJson(Object settings) {
        try {
            return settings == null ? null : json.writeValueAsString(settings);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The settings of a measure could not be written as JSON", e);
        }
    }
}
