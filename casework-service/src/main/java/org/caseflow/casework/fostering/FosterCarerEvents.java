package org.caseflow.casework.fostering;

import java.time.LocalDate;
import java.util.Optional;
import org.caseflow.casework.feed.RegisterHandler;
import org.caseflow.journey.events.JourneyEvent;
import org.caseflow.journey.events.escalation.Escalation;
import org.caseflow.journey.events.fostering.CarerDbsChecked;
import org.caseflow.journey.events.fostering.CarerSupervisionVisitMade;
import org.caseflow.journey.events.fostering.CarerWorkDue;
import org.caseflow.journey.events.fostering.FosterCarerApproved;
import org.caseflow.journey.events.fostering.FosterCarerDeregistered;
import org.caseflow.journey.events.fostering.FosteringData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The foster-carer journey's events, which name no child: a household approved, its DBS checks and
 * supervisory visits falling due and recorded, their escalations, and its deregistration. Each event
 * names the carer's supervising social worker, so the register keeps the latest word on who that is.
 * Work for a household the register does not hold is refused, and its event set aside.
 */
@Component
class FosterCarerEvents implements RegisterHandler {

    private static final Logger log = LoggerFactory.getLogger(FosterCarerEvents.class);

    private final FosterCarerRecords records;

    FosterCarerEvents(FosterCarerRecords records) {
        this.records = records;
    }

    @Override
    public String subjectKey() {
        return FosteringData.CARER_ID;
    }

    @Override
    public void apply(JourneyEvent event) {
        Optional<Escalation> escalation = Escalation.of(event);
        if (escalation.isPresent()) {
            escalated(event, escalation.get());
        } else if (!appliedByType(event)) {
            log.debug("Foster carer event type {} is not part of the register yet", event.type());
            return;
        }
        String carerId = event.require(FosteringData.CARER_ID);
        event.text(FosteringData.SUPERVISING_WORKER)
                .ifPresent(worker -> records.supervisedBy(carerId, worker, event.position()));
    }

    /** @return false for a type the register does not know: the feed's contract lets new ones appear */
    private boolean appliedByType(JourneyEvent event) {
        switch (event.type()) {
            case FosterCarerApproved.TYPE -> approved(event, FosterCarerApproved.from(event));
            case CarerWorkDue.DBS_CHECK_DUE, CarerWorkDue.SUPERVISION_VISIT_DUE -> workDue(event, CarerWorkDue.from(event));
            case CarerDbsChecked.TYPE -> dbsChecked(event, CarerDbsChecked.from(event));
            case CarerSupervisionVisitMade.TYPE -> visitMade(event, CarerSupervisionVisitMade.from(event));
            case FosterCarerDeregistered.TYPE -> deregistered(event, FosterCarerDeregistered.from(event));
            default -> {
                return false;
            }
        }
        return true;
    }

    private void approved(JourneyEvent event, FosterCarerApproved approval) {
        required(approval.approvedOn(), event, "the date of approval");
        records.approved(event.position(), approval);
    }

    private void workDue(JourneyEvent event, CarerWorkDue due) {
        required(due.countedFrom(), event, "the date the work is counted from");
        required(due.dueOn(), event, "the due date");
        records.workDue(due);
    }

    private void dbsChecked(JourneyEvent event, CarerDbsChecked check) {
        required(check.checkedOn(), event, "the date of the check");
        records.dbsChecked(event.eventId(), event.position(), check, event.worker());
    }

    private void visitMade(JourneyEvent event, CarerSupervisionVisitMade visit) {
        required(visit.visitedOn(), event, "the date of the visit");
        records.visitMade(event.eventId(), event.position(), visit);
    }

    private void deregistered(JourneyEvent event, FosterCarerDeregistered deregistration) {
        required(deregistration.deregisteredOn(), event, "the date of deregistration");
        records.deregistered(deregistration, event.worker());
    }

    /** A DBS check's or visit's escalation: kept, so that the register can show those still open. */
    private void escalated(JourneyEvent event, Escalation escalation) {
        if (escalation.timescale() == null) {
            throw new IllegalArgumentException("Escalation event " + event.eventId() + " (" + event.type() + ") names no timescale");
        }
        required(escalation.dueOn(), event, "its due date");
        records.escalated(event.eventId(), event.position(), event.require(FosteringData.CARER_ID), escalation, event.worker());
    }

    private static void required(LocalDate date, JourneyEvent event, String what) {
        if (date == null) {
            throw new IllegalArgumentException("A " + event.type() + " event must give " + what + "; event " + event.eventId()
                    + " does not");
        }
    }
}
