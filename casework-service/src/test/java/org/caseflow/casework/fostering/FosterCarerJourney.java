package org.caseflow.casework.fostering;

import static org.caseflow.journey.events.escalation.EscalationData.ESCALATION;
import static org.caseflow.journey.events.escalation.EscalationData.MANAGER_ACTION;
import static org.caseflow.journey.events.escalation.EscalationData.REVIEW_DATE;
import static org.caseflow.journey.events.escalation.EscalationData.TIMESCALE;
import static org.caseflow.journey.events.fostering.FosteringData.CARER_APPROVAL_DATE;
import static org.caseflow.journey.events.fostering.FosteringData.CARER_HOUSEHOLD_NAME;
import static org.caseflow.journey.events.fostering.FosteringData.CARER_ID;
import static org.caseflow.journey.events.fostering.FosteringData.CARER_TYPE;
import static org.caseflow.journey.events.fostering.FosteringData.CARER_VISIT_DATE;
import static org.caseflow.journey.events.fostering.FosteringData.DBS_CHECK_DATE;
import static org.caseflow.journey.events.fostering.FosteringData.DBS_RENEWAL_DUE_ON;
import static org.caseflow.journey.events.fostering.FosteringData.DEREGISTRATION_DATE;
import static org.caseflow.journey.events.fostering.FosteringData.DEREGISTRATION_REASON;
import static org.caseflow.journey.events.fostering.FosteringData.SUPERVISING_WORKER;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.caseflow.journey.events.JourneyEvent;
import org.caseflow.journey.events.fostering.CarerDbsChecked;
import org.caseflow.journey.events.fostering.CarerSupervisionVisitMade;
import org.caseflow.journey.events.fostering.CarerType;
import org.caseflow.journey.events.fostering.CarerWorkDue;
import org.caseflow.journey.events.fostering.DeregistrationReason;
import org.caseflow.journey.events.fostering.FosterCarerApproved;
import org.caseflow.journey.events.fostering.FosterCarerDeregistered;
import org.caseflow.testsupport.FeedStub;

/**
 * Publishes one household's foster-carer journey to a {@link FeedStub}, shaped as workflow-service
 * publishes it: no child, contact or referral on the envelope, the fostering team as the team, and the
 * carer's id, type and supervising social worker in every event's data, escalations included.
 */
final class FosterCarerJourney {

    static final String TEAM = "team-fostering";
    static final String MANAGER = "fostering.manager";
    static final String DBS_RULE = "T27";
    static final String VISIT_RULE = "T28";

    private final FeedStub feed;
    private final String carerId;
    private final CarerType type;
    private String supervisingWorker;

    private FosterCarerJourney(FeedStub feed, String carerId, CarerType type, String supervisingWorker) {
        this.feed = feed;
        this.carerId = carerId;
        this.type = type;
        this.supervisingWorker = supervisingWorker;
    }

    static FosterCarerJourney of(FeedStub feed, String carerId, CarerType type, String supervisingWorker) {
        return new FosterCarerJourney(feed, carerId, type, supervisingWorker);
    }

    /** Later events name this worker as the household's supervising social worker. */
    FosterCarerJourney supervisedFromNowBy(String worker) {
        this.supervisingWorker = worker;
        return this;
    }

    /**
     * The approval with both clocks started, as the journey publishes them: the DBS check due at once when
     * none was recorded, else the renewal of the one recorded; the first visit counted from the approval.
     *
     * @param dbsCheckedOn null when no check was recorded at approval
     */
    FosterCarerJourney approved(String household, LocalDate on, LocalDate dbsCheckedOn, LocalDate dbsDueOn, LocalDate visitDueOn) {
        Map<String, Object> data = new HashMap<>(Map.of(CARER_HOUSEHOLD_NAME, household, CARER_APPROVAL_DATE, on.toString()));
        if (dbsCheckedOn != null) {
            data.put(DBS_CHECK_DATE, dbsCheckedOn.toString());
        }
        publish(FosterCarerApproved.TYPE, on, null, MANAGER, data);
        dbsCheckDue(dbsCheckedOn == null ? on : dbsCheckedOn, dbsDueOn, dbsCheckedOn);
        visitDue(on, visitDueOn, null);
        return this;
    }

    JourneyEvent dbsCheckDue(LocalDate countedFrom, LocalDate dueOn, LocalDate lastCheckedOn) {
        return publish(CarerWorkDue.DBS_CHECK_DUE, countedFrom, dueOn, null,
                lastCheckedOn == null ? Map.of() : Map.of(DBS_CHECK_DATE, lastCheckedOn.toString()));
    }

    JourneyEvent visitDue(LocalDate countedFrom, LocalDate dueOn, LocalDate lastVisitOn) {
        return publish(CarerWorkDue.SUPERVISION_VISIT_DUE, countedFrom, dueOn, null,
                lastVisitOn == null ? Map.of() : Map.of(CARER_VISIT_DATE, lastVisitOn.toString()));
    }

    /** The check, recorded by the supervising social worker, and its renewal falling due. */
    JourneyEvent dbsChecked(LocalDate on, LocalDate dueOn, LocalDate renewalDueOn) {
        JourneyEvent checked = publish(CarerDbsChecked.TYPE, on, dueOn, supervisingWorker,
                Map.of(DBS_CHECK_DATE, on.toString(), DBS_RENEWAL_DUE_ON, renewalDueOn.toString()));
        dbsCheckDue(on, renewalDueOn, on);
        return checked;
    }

    /** The visit, made by the supervising social worker, and the next falling due. */
    JourneyEvent visitMade(LocalDate on, LocalDate dueOn, LocalDate nextDueOn) {
        JourneyEvent visit = publish(CarerSupervisionVisitMade.TYPE, on, dueOn, supervisingWorker, Map.of(CARER_VISIT_DATE, on.toString()));
        visitDue(on, nextDueOn, on);
        return visit;
    }

    JourneyEvent deregistered(LocalDate on, DeregistrationReason reason) {
        return publish(FosterCarerDeregistered.TYPE, on, null, MANAGER,
                Map.of(DEREGISTRATION_DATE, on.toString(), DEREGISTRATION_REASON, reason.name()));
    }

    /** A timer found the work not recorded by the end of its due day. */
    JourneyEvent overdue(String type, String rule, LocalDate dueOn) {
        return publish(type, dueOn, dueOn, null, Map.of(ESCALATION, "BREACHED", TIMESCALE, rule));
    }

    JourneyEvent overdueReviewed(String type, String rule, LocalDate dueOn, LocalDate reviewedOn, String action) {
        return publish(type, reviewedOn, dueOn, MANAGER, Map.of(ESCALATION, "REVIEWED", TIMESCALE, rule, MANAGER_ACTION, action,
                REVIEW_DATE, reviewedOn.toString()));
    }

    JourneyEvent recordedInTime(String rule, LocalDate doneOn, LocalDate dueOn) {
        return publish("RecordedInTime", doneOn, dueOn, null, Map.of(ESCALATION, "RECORDED_IN_TIME", TIMESCALE, rule));
    }

    private JourneyEvent publish(String eventType, LocalDate occurredOn, LocalDate dueOn, String worker, Map<String, Object> facts) {
        Map<String, Object> data = new HashMap<>(Map.of(CARER_ID, carerId, CARER_TYPE, type.name(), SUPERVISING_WORKER, supervisingWorker));
        data.putAll(facts);
        return feed.publish(eventType, null, null, null, occurredOn, dueOn, TEAM, worker, data);
    }
}
