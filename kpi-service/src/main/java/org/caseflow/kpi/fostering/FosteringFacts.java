package org.caseflow.kpi.fostering;

import java.util.Set;
import java.util.UUID;
import org.caseflow.journey.events.JourneyEvent;
import org.caseflow.journey.events.fostering.CarerSupervisionVisitMade;
import org.caseflow.journey.events.fostering.CarerWorkDue;
import org.caseflow.journey.events.fostering.FosterCarerApproved;
import org.caseflow.journey.events.fostering.FosterCarerDeregistered;
import org.caseflow.kpi.facts.FactRecorder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Foster carers (keyed by the carer's id, which the council never reuses), each DBS check and supervisory visit that
 * fell due, and each visit made (keyed by event), so a replay of the feed changes nothing. The approval starts the
 * carer and deregistration ends it; an event for a carer whose approval this service has not recorded is refused, so
 * the feed sets it aside to be applied again once the approval is here, rather than losing it from the measures.
 * {@code CarerDbsChecked} is not recorded: the {@code CarerDbsCheckDue} the journey publishes after every check carries
 * the check's date and its renewal, and the first one does so for the check known at approval, whose renewal date the
 * approval does not give.
 * The household's name is not kept: the measures count carers, never name them.
 */
@Component
class FosteringFacts implements FactRecorder {

    private final JdbcClient jdbc;

    FosteringFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(FosterCarerApproved.TYPE, CarerWorkDue.DBS_CHECK_DUE, CarerWorkDue.SUPERVISION_VISIT_DUE,
                CarerSupervisionVisitMade.TYPE, FosterCarerDeregistered.TYPE);
    }

    @Override
    public void record(JourneyEvent event) {
        switch (event.type()) {
            case FosterCarerApproved.TYPE -> approved(FosterCarerApproved.from(event));
            case CarerWorkDue.DBS_CHECK_DUE, CarerWorkDue.SUPERVISION_VISIT_DUE -> workDue(event.eventId(), CarerWorkDue.from(event));
            case CarerSupervisionVisitMade.TYPE -> visited(event.eventId(), CarerSupervisionVisitMade.from(event));
            case FosterCarerDeregistered.TYPE -> deregistered(FosterCarerDeregistered.from(event));
            default -> throw new IllegalArgumentException("Not a foster carer's event: " + event.type());
        }
    }

    private void approved(FosterCarerApproved approval) {
        jdbc.sql("""
                        insert into carer_fact (carer_id, carer_type, approved_on, supervising_worker)
                        values (:carer, :type, :approved, :worker)
                        on conflict (carer_id) do nothing""")
                .param("carer", approval.carerId()).param("type", approval.type().name()).param("approved", approval.approvedOn())
                .param("worker", approval.supervisingWorker())
                .update();
    }

    private void workDue(UUID eventId, CarerWorkDue due) {
        requireApproved(due.carerId(), "A check or visit falling due");
        // set aside rather than record work that could never be judged
        if (due.dueOn() == null || due.countedFrom() == null) {
            throw new IllegalArgumentException("A foster carer's work falling due must give the date counted from and the due date;"
                    + " event " + eventId + " for carer " + due.carerId() + " does not");
        }
        jdbc.sql("""
                        insert into carer_work_due_fact (event_id, carer_id, work, counted_from, due_on, last_done_on)
                        values (:id, :carer, :work, :from, :due, :lastDone)
                        on conflict (event_id) do nothing""")
                .param("id", eventId).param("carer", due.carerId()).param("work", due.work().name())
                .param("from", due.countedFrom()).param("due", due.dueOn()).param("lastDone", due.lastDoneOn())
                .update();
    }

    private void visited(UUID eventId, CarerSupervisionVisitMade visit) {
        requireApproved(visit.carerId(), "A supervisory visit");
        jdbc.sql("""
                        insert into carer_visit_fact (event_id, carer_id, visited_on) values (:id, :carer, :visited)
                        on conflict (event_id) do nothing""")
                .param("id", eventId).param("carer", visit.carerId()).param("visited", visit.visitedOn())
                .update();
    }

    private void deregistered(FosterCarerDeregistered deregistration) {
        requireApproved(deregistration.carerId(), "A deregistration");
        jdbc.sql("update carer_fact set deregistered_on = :deregistered, deregistration_reason = :reason where carer_id = :carer")
                .param("carer", deregistration.carerId()).param("deregistered", deregistration.deregisteredOn())
                .param("reason", deregistration.reason().name())
                .update();
    }

    /** Set aside rather than lose what happened to a carer: once the approval is applied, it can be applied again. */
    private void requireApproved(String carerId, String what) {
        boolean approved = jdbc.sql("select exists (select 1 from carer_fact where carer_id = :carer)")
                .param("carer", carerId).query(Boolean.class).single();
        if (!approved) {
            throw new IllegalStateException(what + " for foster carer " + carerId + ", whose approval this service has not recorded");
        }
    }
}
