package org.caseflow.casework.recurringwork;

import java.time.LocalDate;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * When each piece of the recurring work of a child protection plan, a child in need plan, an Early Help
 * episode, a period of care (its visits, core groups, reviews) or a foster carer (DBS checks, supervisory
 * visits) is next due, kept on its own row as the journey last said: the due date, and the day it was
 * counted from (the last one actually made). The count from the latest occurrence wins, so an older count
 * applied again (a replay) or late does not move the due date back, whatever order the events are applied
 * in. Each kind of plan, episode, period or carer keeps its due dates alike, so this is the one place that
 * keeps them; the kind names its table and columns.
 */
public final class NextDueDates {

    /**
     * One piece of recurring work's columns on the row.
     *
     * @param dueOn       e.g. {@code next_visit_due_on}
     * @param countedFrom e.g. {@code visit_due_counted_from}
     */
    public record Work(String dueOn, String countedFrom) {
    }

    private final JdbcClient jdbc;
    private final String table;
    private final String idColumn;
    private final String kind;

    /**
     * @param table    the plans' or episodes' table, e.g. {@code cin_plan}
     * @param idColumn its key, e.g. {@code cin_plan_id}
     * @param kind     what a row of it is, as the refusal names it, e.g. {@code child in need plan}
     */
    public NextDueDates(JdbcClient jdbc, String table, String idColumn, String kind) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
        this.table = Objects.requireNonNull(table, "table");
        this.idColumn = Objects.requireNonNull(idColumn, "idColumn");
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    /**
     * The next {@code work} on plan or episode {@code id} is due on {@code dueOn}, counted from {@code countedFrom}.
     *
     * @param laChildId the child it is for, as the refusal names them; null for work that is about no child (a foster carer's)
     * @throws IllegalStateException when the record holds no such plan or episode, so that the event is set aside
     *                               rather than lost without trace
     */
    public void record(Work work, String id, String laChildId, LocalDate countedFrom, LocalDate dueOn) {
        jdbc.sql("""
                        update %1$s set %3$s = :due, %4$s = :from
                        where %2$s = :id and (%4$s is null or %4$s <= :from)"""
                        .formatted(table, idColumn, work.dueOn(), work.countedFrom()))
                .param("id", id).param("due", dueOn).param("from", countedFrom)
                .update();
        boolean known = jdbc.sql("select count(*) from %s where %s = :id".formatted(table, idColumn))
                .param("id", id).query(Long.class).single() > 0;
        if (!known) {
            throw new IllegalStateException("No " + kind + " " + id + " is recorded" + (laChildId == null ? "" : " for " + laChildId));
        }
    }
}
