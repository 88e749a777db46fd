package org.caseflow.kpi.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.caseflow.kpi.measures.rules.WorkFallingDue;
import org.caseflow.kpi.supervision.rules.SupervisionTimeliness;
import org.caseflow.kpi.supervision.rules.SupervisionTimeliness.Due;
import org.caseflow.kpi.supervision.rules.SupervisionTimeliness.Held;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the supervisions that fell due in a period, and the sessions that could have met them. Public so that the
 * measures of other features that look at some workers' supervisions (the fostering checks, of foster carers' case
 * workers) count them exactly as the supervision measures do.
 */
@Repository
public class Supervisions {

    private final JdbcClient jdbc;

    Supervisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The supervisions of the workers {@code inScope} takes that fell due from {@code from} to {@code to}, both
     * included, and those held in timescale ({@link SupervisionTimeliness}).
     */
    public WorkFallingDue.Count inTimescaleBetween(Predicate<String> inScope, LocalDate from, LocalDate to) {
        return SupervisionTimeliness.between(dueBetween(from, to), heldForDuesBetween(from, to), inScope, from, to);
    }

    /** The supervisions due from {@code from} to {@code to}, both included. */
    List<Due> dueBetween(LocalDate from, LocalDate to) {
        return jdbc.sql("select worker, counted_from, due_on from supervision_due_fact where due_on between :from and :to")
                .param("from", from).param("to", to)
                .query((row, number) -> new Due(row.getString("worker"), row.getObject("counted_from", LocalDate.class),
                        row.getObject("due_on", LocalDate.class)))
                .list();
    }

    /**
     * The sessions of the workers with a supervision due from {@code from} to {@code to} held after its clock started
     * and by {@code to}: a session after that is late for any of them, so whether there was one does not change the count.
     */
    List<Held> heldForDuesBetween(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select s.worker, s.held_on from supervision_fact s
                        where s.held_on <= :to
                          and exists (select 1 from supervision_due_fact d
                                      where d.worker = s.worker and d.due_on between :from and :to and s.held_on > d.counted_from)""")
                .param("from", from).param("to", to)
                .query((row, number) -> new Held(row.getString("worker"), row.getObject("held_on", LocalDate.class)))
                .list();
    }
}
