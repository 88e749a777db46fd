package org.caseflow.casework.fostering;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Repository;

/** Reads the register of foster carer households, each as it stands on a day. */
@Repository
class FosterCarerRegister {

    /**
     * Each household with its latest DBS check (at approval or since) and its latest visit; of two on one
     * day, the one the feed brought later.
     */
    private static final String HOUSEHOLDS = """
            select c.carer_id, c.household_name, c.carer_type, c.approved_on, c.approved_by, c.supervising_worker,
                c.deregistered_on, c.deregistration_reason, c.deregistered_by,
                greatest(c.dbs_checked_at_approval_on, d.checked_on) as last_dbs_check_on, c.next_dbs_check_due_on,
                v.visited_on as last_visit_on, c.next_visit_due_on
            from foster_carer c
            left join lateral (select checked_on from foster_carer_dbs_check where carer_id = c.carer_id
                order by checked_on desc, position desc limit 1) d on true
            left join lateral (select visited_on from foster_carer_visit where carer_id = c.carer_id
                order by visited_on desc, position desc limit 1) v on true
            """;

    private final JdbcClient jdbc;

    FosterCarerRegister(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The households the filter lets through, by carer id. */
    List<FosterCarer> households(RegisterFilter filter, LocalDate day) {
        List<String> conditions = new ArrayList<>();
        filter.type().ifPresent(type -> conditions.add("c.carer_type = :type"));
        filter.status().ifPresent(status -> conditions.add(status == CarerStatus.APPROVED
                ? "c.deregistered_on is null" : "c.deregistered_on is not null"));
        String where = conditions.isEmpty() ? "" : "where " + String.join(" and ", conditions) + "\n";
        StatementSpec query = jdbc.sql(HOUSEHOLDS + where + "order by c.carer_id");
        if (filter.type().isPresent()) {
            query = query.param("type", filter.type().get().name());
        }
        return query.query(Row.class).list().stream().map(row -> row.on(day)).toList();
    }

    Optional<FosterCarer> household(String carerId, LocalDate day) {
        return jdbc.sql(HOUSEHOLDS + "where c.carer_id = :id").param("id", carerId).query(Row.class).optional()
                .map(row -> row.on(day));
    }

    /** A household as its tables hold it. */
    record Row(String carerId, String householdName, String carerType, LocalDate approvedOn, String approvedBy,
            String supervisingWorker, LocalDate deregisteredOn, String deregistrationReason, String deregisteredBy,
            LocalDate lastDbsCheckOn, LocalDate nextDbsCheckDueOn, LocalDate lastVisitOn, LocalDate nextVisitDueOn) {

        FosterCarer on(LocalDate day) {
            boolean deregistered = deregisteredOn != null;
            FosterCarer.Deregistration deregistration = deregistered
                    ? new FosterCarer.Deregistration(deregisteredOn, CarerWords.deregistrationReason(deregistrationReason), deregisteredBy)
                    : null;
            return new FosterCarer(carerId, householdName, CarerWords.type(carerType), approvedOn, approvedBy, supervisingWorker,
                    deregistered ? CarerStatus.DEREGISTERED : CarerStatus.APPROVED, deregistration,
                    FosterCarer.Dbs.on(day, lastDbsCheckOn, nextDbsCheckDueOn, deregistered),
                    FosterCarer.SupervisionVisits.on(day, lastVisitOn, nextVisitDueOn, deregistered));
        }
    }
}
