package org.caseflow.kpi.fostering;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.caseflow.journey.events.fostering.CarerType;
import org.caseflow.journey.events.fostering.CarerWorkDue.Work;
import org.caseflow.kpi.fostering.rules.Carer;
import org.caseflow.kpi.fostering.rules.CarerVisitTimeliness;
import org.caseflow.kpi.fostering.rules.DbsRecorded.DbsCheck;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the foster carers, their DBS checks and their supervisory visits for the fostering checks. */
@Repository
class FosterCarers {

    /**
     * The carers that may be approved at the end of {@code :on}: approved by then and not deregistered before it. Those
     * deregistered that very day are read too, and the rule ({@link Carer#isApprovedOn}) decides.
     */
    private static final String APPROVED_OR_DEREGISTERED_ON =
            "(c.approved_on <= :on and (c.deregistered_on is null or c.deregistered_on >= :on))";

    private static final String CARERS =
            "select c.carer_id, c.carer_type, c.approved_on, c.deregistered_on, c.supervising_worker from carer_fact c ";

    private final JdbcClient jdbc;

    FosterCarers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The carers that may be approved at the end of {@code date} (see {@link #APPROVED_OR_DEREGISTERED_ON}). */
    List<Carer> approvedOrDeregisteredOn(LocalDate date) {
        return jdbc.sql(CARERS + "where " + APPROVED_OR_DEREGISTERED_ON).param("on", date).query(FosterCarers::carerOf).list();
    }

    /**
     * The DBS checks made on or before {@code date} of those carers: each {@code CarerDbsCheckDue} that counts from a
     * check names the check's date and its renewal date; one that counts from an approval with no check names none.
     */
    List<DbsCheck> dbsChecksMadeBy(LocalDate date) {
        return jdbc.sql("""
                        select d.carer_id, d.last_done_on, d.due_on from carer_work_due_fact d join carer_fact c on c.carer_id = d.carer_id
                        where d.work = :work and d.last_done_on <= :on and %s""".formatted(APPROVED_OR_DEREGISTERED_ON))
                .param("work", Work.DBS_CHECK.name()).param("on", date)
                .query((row, number) -> new DbsCheck(row.getString("carer_id"), row.getObject("last_done_on", LocalDate.class),
                        row.getObject("due_on", LocalDate.class)))
                .list();
    }

    /** The supervisory visits due from {@code from} to {@code to}, both included, each with its carer. */
    List<CarerVisitTimeliness.Due> visitsDueBetween(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select c.carer_id, c.carer_type, c.approved_on, c.deregistered_on, c.supervising_worker,
                               d.counted_from, d.due_on, d.last_done_on
                        from carer_work_due_fact d join carer_fact c on c.carer_id = d.carer_id
                        where d.work = :work and d.due_on between :from and :to""")
                .param("work", Work.SUPERVISION_VISIT.name()).param("from", from).param("to", to)
                .query((row, number) -> new CarerVisitTimeliness.Due(carerOf(row, number), row.getObject("counted_from", LocalDate.class),
                        row.getObject("due_on", LocalDate.class), row.getObject("last_done_on", LocalDate.class) != null))
                .list();
    }

    /**
     * The visits to the carers with a visit due from {@code from} to {@code to} made from the day its clock counts from
     * up to {@code to}: a visit after that is late for any of them, so whether there was one does not change the count.
     */
    List<CarerVisitTimeliness.Visit> visitsForDuesBetween(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select v.carer_id, v.visited_on from carer_visit_fact v
                        where v.visited_on <= :to
                          and exists (select 1 from carer_work_due_fact d
                                      where d.carer_id = v.carer_id and d.work = :work and d.due_on between :from and :to
                                        and v.visited_on >= d.counted_from)""")
                .param("work", Work.SUPERVISION_VISIT.name()).param("from", from).param("to", to)
                .query((row, number) -> new CarerVisitTimeliness.Visit(row.getString("carer_id"),
                        row.getObject("visited_on", LocalDate.class)))
                .list();
    }

    private static Carer carerOf(ResultSet row, int number) throws SQLException {
        return new Carer(row.getString("carer_id"), CarerType.valueOf(row.getString("carer_type")),
                row.getObject("approved_on", LocalDate.class), row.getObject("deregistered_on", LocalDate.class),
                row.getString("supervising_worker"));
    }
}
