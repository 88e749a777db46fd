package org.caseflow.journey.events.fostering;

import static org.caseflow.journey.events.fostering.FosteringData.CARER_HOUSEHOLD_NAME;
import static org.caseflow.journey.events.fostering.FosteringData.CARER_ID;
import static org.caseflow.journey.events.fostering.FosteringData.CARER_TYPE;
import static org.caseflow.journey.events.fostering.FosteringData.DBS_CHECK_DATE;
import static org.caseflow.journey.events.fostering.FosteringData.SUPERVISING_WORKER;

import java.time.LocalDate;
import org.caseflow.journey.events.JourneyEvent;

/**
 * A fostering team manager approved a foster carer household (the start of its {@code foster-carer}
 * journey, dated the approval): from then its DBS check is renewed (rule T27) and it is visited
 * by its supervising social worker (T28) until it is deregistered.
 *
 * @param dbsCheckedOn the latest DBS check at approval; null when none was recorded, and one is then due at once
 * @param approvedBy   the manager who recorded the approval
 */
public record FosterCarerApproved(String carerId, String householdName, CarerType type, LocalDate approvedOn, String supervisingWorker,
        LocalDate dbsCheckedOn, String approvedBy, String team) {

    public static final String TYPE = "FosterCarerApproved";

    public static FosterCarerApproved from(JourneyEvent event) {
        return new FosterCarerApproved(event.require(CARER_ID), event.require(CARER_HOUSEHOLD_NAME),
                CarerType.valueOf(event.require(CARER_TYPE)), event.occurredOn(), event.require(SUPERVISING_WORKER),
                event.date(DBS_CHECK_DATE).orElse(null), event.worker(), event.team());
    }

    public boolean dbsRecorded() {
        return dbsCheckedOn != null;
    }
}
