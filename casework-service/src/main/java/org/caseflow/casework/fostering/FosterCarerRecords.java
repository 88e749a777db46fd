package org.caseflow.casework.fostering;

import java.util.UUID;
import org.caseflow.casework.recurringwork.NextDueDates;
import org.caseflow.journey.events.escalation.Escalation;
import org.caseflow.journey.events.fostering.CarerDbsChecked;
import org.caseflow.journey.events.fostering.CarerSupervisionVisitMade;
import org.caseflow.journey.events.fostering.CarerWorkDue;
import org.caseflow.journey.events.fostering.FosterCarerApproved;
import org.caseflow.journey.events.fostering.FosterCarerDeregistered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes the register of foster carer households. A household is keyed by its carer id, each check,
 * visit and escalation by the event that recorded it, and every update only ever moves forward, so
 * applying an event again changes nothing. Work for a household the register does not hold is refused
 * (the foreign keys, {@link NextDueDates}, or here), so its event is set aside rather than lost.
 */
@Repository
class FosterCarerRecords {

    private static final NextDueDates.Work DBS_CHECK = new NextDueDates.Work("next_dbs_check_due_on", "dbs_check_due_counted_from");
    private static final NextDueDates.Work VISIT = new NextDueDates.Work("next_visit_due_on", "visit_due_counted_from");

    private final JdbcClient jdbc;
    private final NextDueDates nextDue;

    FosterCarerRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.nextDue = new NextDueDates(jdbc, "foster_carer", "carer_id", "foster carer");
    }

    /** @param position the event's feed position, from which later events' word on the supervising worker wins */
    void approved(long position, FosterCarerApproved approval) {
        jdbc.sql("""
                        insert into foster_carer (carer_id, household_name, carer_type, approved_on, approved_by, supervising_worker,
                            supervising_worker_position, dbs_checked_at_approval_on)
                        values (:id, :household, :type, :approved, :by, :worker, :position, :dbs)
                        on conflict (carer_id) do nothing""")
                .param("id", approval.carerId()).param("household", approval.householdName()).param("type", approval.type().name())
                .param("approved", approval.approvedOn()).param("by", approval.approvedBy())
                .param("worker", approval.supervisingWorker()).param("position", position).param("dbs", approval.dbsCheckedOn())
                .update();
    }

    /** The worker the latest event names; an older event read again does not undo a later one's word. */
    void supervisedBy(String carerId, String worker, long position) {
        jdbc.sql("""
                        update foster_carer set supervising_worker = :worker, supervising_worker_position = :position
                        where carer_id = :id and supervising_worker_position < :position""")
                .param("id", carerId).param("worker", worker).param("position", position)
                .update();
    }

    /**
     * The next DBS check or visit is due; the count from the latest occurrence wins ({@link NextDueDates}).
     *
     * @throws IllegalStateException when the register holds no such household
     */
    void workDue(CarerWorkDue due) {
        NextDueDates.Work work = switch (due.work()) {
            case DBS_CHECK -> DBS_CHECK;
            case SUPERVISION_VISIT -> VISIT;
        };
        nextDue.record(work, due.carerId(), null, due.countedFrom(), due.dueOn());
    }

    /** @param recordedBy who recorded it: the supervising social worker, as a rule */
    void dbsChecked(UUID eventId, long position, CarerDbsChecked check, String recordedBy) {
        jdbc.sql("""
                        insert into foster_carer_dbs_check (event_id, position, carer_id, checked_on, due_on, renewal_due_on, recorded_by)
                        values (:event, :position, :carer, :checked, :due, :renewal, :by)
                        on conflict (event_id) do nothing""")
                .param("event", eventId).param("position", position).param("carer", check.carerId())
                .param("checked", check.checkedOn()).param("due", check.dueOn()).param("renewal", check.renewalDueOn())
                .param("by", recordedBy)
                .update();
    }

    void visitMade(UUID eventId, long position, CarerSupervisionVisitMade visit) {
        jdbc.sql("""
                        insert into foster_carer_visit (event_id, position, carer_id, visited_on, due_on, visited_by)
                        values (:event, :position, :carer, :visited, :due, :by)
                        on conflict (event_id) do nothing""")
                .param("event", eventId).param("position", position).param("carer", visit.carerId())
                .param("visited", visit.visitedOn()).param("due", visit.dueOn()).param("by", visit.visitedBy())
                .update();
    }

    /**
     * The household stops being approved that day, for its reason; one already deregistered keeps its first.
     *
     * @throws IllegalStateException when the register holds no such household
     */
    void deregistered(FosterCarerDeregistered deregistration, String by) {
        jdbc.sql("""
                        update foster_carer set deregistered_on = :on, deregistration_reason = :reason, deregistered_by = :by
                        where carer_id = :id and deregistered_on is null""")
                .param("id", deregistration.carerId()).param("on", deregistration.deregisteredOn())
                .param("reason", deregistration.reason().name()).param("by", by)
                .update();
        boolean known = jdbc.sql("select count(*) from foster_carer where carer_id = :id")
                .param("id", deregistration.carerId()).query(Long.class).single() > 0;
        if (!known) {
            throw new IllegalStateException("No foster carer " + deregistration.carerId() + " is recorded");
        }
    }

    /** @param worker the manager who reviewed it; null for a timer */
    void escalated(UUID eventId, long position, String carerId, Escalation escalation, String worker) {
        jdbc.sql("""
                        insert into foster_carer_escalation (event_id, position, carer_id, kind, timescale, due_on, occurred_on, worker,
                            manager_action)
                        values (:event, :position, :carer, :kind, :timescale, :due, :on, :worker, :action)
                        on conflict (event_id) do nothing""")
                .param("event", eventId).param("position", position).param("carer", carerId)
                .param("kind", escalation.kind().name()).param("timescale", escalation.timescale()).param("due", escalation.dueOn())
                .param("on", escalation.on()).param("worker", worker).param("action", escalation.action())
                .update();
    }
}
