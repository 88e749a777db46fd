package org.caseflow.casework.fostering;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.caseflow.calendar.LocalTimescales;
import org.caseflow.casework.child.CodeAndWords;
import org.caseflow.journey.events.fostering.CarerWorkDue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads a household's dated history and its open escalations. */
@Repository
class CarerHistories {

    private final JdbcClient jdbc;

    CarerHistories(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Approval, checks, visits and deregistration, oldest first; on one day in the order they happened. */
    List<HistoryEntry> of(FosterCarer carer) {
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(Order.APPROVAL, 0, new HistoryEntry(carer.approvedOn(), "APPROVED", null, null, carer.approvedBy(),
                "Approved as " + article(carer.type().words()) + " by " + orNobody(carer.approvedBy()) + ".")));
        dbsCheckAtApproval(carer.carerId()).ifPresent(checkedOn -> steps.add(new Step(Order.WORK, 0,
                new HistoryEntry(checkedOn, "DBS_CHECK", null, null, carer.approvedBy(), "DBS check, recorded at approval."))));
        dbsChecks(carer.carerId()).forEach(check -> steps.add(new Step(Order.WORK, check.position(), new HistoryEntry(check.checkedOn(),
                "DBS_CHECK", check.dueOn(), inTime(check.checkedOn(), check.dueOn()), check.recordedBy(), "DBS check"
                        + againstDue(check.checkedOn(), check.dueOn())
                        + (check.renewalDueOn() == null ? "" : " Renewal due by " + check.renewalDueOn() + ".")))));
        visits(carer.carerId()).forEach(visit -> steps.add(new Step(Order.WORK, visit.position(), new HistoryEntry(visit.visitedOn(),
                "SUPERVISION_VISIT", visit.dueOn(), inTime(visit.visitedOn(), visit.dueOn()), visit.visitedBy(),
                "Supervisory visit by " + orNobody(visit.visitedBy()) + againstDue(visit.visitedOn(), visit.dueOn())))));
        if (carer.deregistration() != null) {
            FosterCarer.Deregistration deregistration = carer.deregistration();
            steps.add(new Step(Order.DEREGISTRATION, 0, new HistoryEntry(deregistration.deregisteredOn(), "DEREGISTERED", null, null,
                    deregistration.recordedBy(), "Deregistered: " + reasonIn(deregistration.reason()) + ".")));
        }
        return steps.stream().sorted(Comparator.comparing((Step step) -> step.entry().on()).thenComparing(Step::order)
                .thenComparingLong(Step::position)).map(Step::entry).toList();
    }

    /**
     * The household's DBS check or visit escalated as overdue and still its next due, while it is approved:
     * a check or visit recorded since has moved the next due on, closing it.
     */
    List<OpenEscalation> openEscalations(String carerId) {
        return jdbc.sql("""
                        select b.timescale, case b.timescale when :dbs then :dbsWork else :visitWork end as work, b.due_on,
                            b.occurred_on as escalated_on, r.occurred_on as reviewed_on, r.worker as reviewed_by, r.manager_action
                        from foster_carer_escalation b
                        join foster_carer c on c.carer_id = b.carer_id
                        left join lateral (select occurred_on, worker, manager_action from foster_carer_escalation
                            where carer_id = b.carer_id and timescale = b.timescale and due_on = b.due_on and kind = 'REVIEWED'
                            order by position desc limit 1) r on true
                        where b.carer_id = :carer and b.kind = 'BREACHED' and c.deregistered_on is null
                            and ((b.timescale = :dbs and b.due_on = c.next_dbs_check_due_on)
                                or (b.timescale = :visit and b.due_on = c.next_visit_due_on))
                            and not exists (select 1 from foster_carer_escalation x where x.carer_id = b.carer_id
                                and x.timescale = b.timescale and x.due_on = b.due_on and x.kind = 'RECORDED_IN_TIME')
                        order by b.due_on, b.position""")
                .param("carer", carerId)
                .param("dbs", LocalTimescales.FOSTER_CARER_DBS_RENEWAL).param("dbsWork", CarerWorkDue.Work.DBS_CHECK.name())
                .param("visit", LocalTimescales.FOSTER_CARER_SUPERVISION_VISIT)
                .param("visitWork", CarerWorkDue.Work.SUPERVISION_VISIT.name())
                .query(OpenEscalation.class).list();
    }

    private Optional<LocalDate> dbsCheckAtApproval(String carerId) {
        return jdbc.sql("""
                        select dbs_checked_at_approval_on from foster_carer
                        where carer_id = :carer and dbs_checked_at_approval_on is not null""")
                .param("carer", carerId).query(LocalDate.class).optional();
    }

    private List<DbsCheckRow> dbsChecks(String carerId) {
        return jdbc.sql("""
                        select position, checked_on, due_on, renewal_due_on, recorded_by from foster_carer_dbs_check
                        where carer_id = :carer""")
                .param("carer", carerId).query(DbsCheckRow.class).list();
    }

    private List<VisitRow> visits(String carerId) {
        return jdbc.sql("select position, visited_on, due_on, visited_by from foster_carer_visit where carer_id = :carer")
                .param("carer", carerId).query(VisitRow.class).list();
    }

    /** ", due by 2026-03-16: in time." or ", due by 2026-03-16: late."; "." with no due date. */
    private static String againstDue(LocalDate on, LocalDate dueOn) {
        return dueOn == null ? "." : ", due by " + dueOn + (on.isAfter(dueOn) ? ": late." : ": in time.");
    }

    private static Boolean inTime(LocalDate on, LocalDate dueOn) {
        return dueOn == null ? null : !on.isAfter(dueOn);
    }

    /** "an in-house foster carer", "a kinship (connected person) carer". */
    private static String article(String words) {
        if (words == null) {
            return "a foster carer";
        }
        return ("aeiou".indexOf(words.charAt(0)) >= 0 ? "an " : "a ") + words;
    }

    private static String reasonIn(CodeAndWords reason) {
        return reason.words() == null ? reason.code() : reason.words();
    }

    private static String orNobody(String who) {
        return who == null ? "no one recorded" : who;
    }

    /** On one day: the approval first, its deregistration last, checks and visits between in the order the feed brought them. */
    private enum Order { APPROVAL, WORK, DEREGISTRATION }

    private record Step(Order order, long position, HistoryEntry entry) {
    }

    record DbsCheckRow(long position, LocalDate checkedOn, LocalDate dueOn, LocalDate renewalDueOn, String recordedBy) {
    }

    record VisitRow(long position, LocalDate visitedOn, LocalDate dueOn, String visitedBy) {
    }
}
