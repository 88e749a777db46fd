package org.caseflow.kpi.fostering;

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
 * Publishes one foster carer's journey to the stand-in feed as {@code foster-carer} publishes it: each step with the
 * clock it starts (the approval with the first DBS check and visit due, each check and visit with the next), every
 * event naming no child, in the fostering team, carrying the carer's id, type and supervising social worker, shaped as
 * its typed reader in journey-events reads it. The due dates are given, as the journey sets them (rules T27 and T28).
 */
final class FosterCarerJourney {

    private static final String TEAM = "team-fostering";
    private static final String MANAGER = "fostering.manager";

    private final FeedStub feed;
    private final String carerId;
    private final CarerType type;
    private final String supervisingWorker;

    private FosterCarerJourney(FeedStub feed, String carerId, CarerType type, String supervisingWorker) {
        this.feed = feed;
        this.carerId = carerId;
        this.type = type;
        this.supervisingWorker = supervisingWorker;
    }

    static FosterCarerJourney of(FeedStub feed, String carerId, CarerType type, String supervisingWorker) {
        return new FosterCarerJourney(feed, carerId, type, supervisingWorker);
    }

    /**
     * The approval, then its first DBS check due (counted from the check known at approval, or due that day with none)
     * and first visit due (counted from the approval).
     *
     * @param dbsCheckedOn the check known at approval; null for none
     */
    FosterCarerJourney approved(LocalDate approvedOn, LocalDate dbsCheckedOn, LocalDate dbsDueOn, LocalDate firstVisitDueOn) {
        Map<String, Object> approval = data(CARER_HOUSEHOLD_NAME, "The " + carerId + " household", CARER_APPROVAL_DATE, approvedOn);
        if (dbsCheckedOn != null) {
            approval.put(DBS_CHECK_DATE, dbsCheckedOn.toString());
        }
        feed.publish(FosterCarerApproved.TYPE, null, null, null, approvedOn, null, TEAM, MANAGER, approval);
        dbsCheckDue(dbsCheckedOn != null ? dbsCheckedOn : approvedOn, dbsDueOn, dbsCheckedOn);
        feed.publish(CarerWorkDue.SUPERVISION_VISIT_DUE, null, null, null, approvedOn, firstVisitDueOn, TEAM, null, data());
        return this;
    }

    /** A DBS check dated {@code checkedOn}, recorded against the one due on {@code dueOn}, then its renewal due. */
    FosterCarerJourney dbsChecked(LocalDate checkedOn, LocalDate dueOn, LocalDate renewalDueOn) {
        feed.publish(CarerDbsChecked.TYPE, null, null, null, checkedOn, dueOn, TEAM, supervisingWorker,
                data(DBS_CHECK_DATE, checkedOn, DBS_RENEWAL_DUE_ON, renewalDueOn));
        dbsCheckDue(checkedOn, renewalDueOn, checkedOn);
        return this;
    }

    /** A supervisory visit dated {@code visitedOn}, recorded against the one due on {@code dueOn}, then the next due. */
    FosterCarerJourney visited(LocalDate visitedOn, LocalDate dueOn, LocalDate nextDueOn) {
        visitMade(visitedOn, dueOn);
        feed.publish(CarerWorkDue.SUPERVISION_VISIT_DUE, null, null, null, visitedOn, nextDueOn, TEAM, null,
                data(CARER_VISIT_DATE, visitedOn));
        return this;
    }

    JourneyEvent visitMade(LocalDate visitedOn, LocalDate dueOn) {
        return feed.publish(CarerSupervisionVisitMade.TYPE, null, null, null, visitedOn, dueOn, TEAM, supervisingWorker,
                data(CARER_VISIT_DATE, visitedOn));
    }

    JourneyEvent deregistered(LocalDate deregisteredOn, DeregistrationReason reason) {
        return feed.publish(FosterCarerDeregistered.TYPE, null, null, null, deregisteredOn, null, TEAM, MANAGER,
                data(DEREGISTRATION_DATE, deregisteredOn, DEREGISTRATION_REASON, reason.name()));
    }

    private void dbsCheckDue(LocalDate countedFrom, LocalDate dueOn, LocalDate lastCheckedOn) {
        feed.publish(CarerWorkDue.DBS_CHECK_DUE, null, null, null, countedFrom, dueOn, TEAM, null,
                lastCheckedOn == null ? data() : data(DBS_CHECK_DATE, lastCheckedOn));
    }

    /** What every event of the carer carries, and {@code keysAndValues} (dates as ISO text). */
    private Map<String, Object> data(Object... keysAndValues) {
        Map<String, Object> data = new HashMap<>(Map.of(CARER_ID, carerId, CARER_TYPE, type.name(), SUPERVISING_WORKER, supervisingWorker));
        for (int i = 0; i < keysAndValues.length; i += 2) {
            data.put((String) keysAndValues[i], keysAndValues[i + 1].toString());
        }
        return data;
    }
}
