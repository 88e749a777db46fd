package org.caseflow.journey.events.fostering;

import static org.caseflow.journey.events.fostering.FosteringData.CARER_ID;
import static org.caseflow.journey.events.fostering.FosteringData.CARER_TYPE;
import static org.caseflow.journey.events.fostering.FosteringData.DEREGISTRATION_REASON;
import static org.caseflow.journey.events.fostering.FosteringData.SUPERVISING_WORKER;

import java.time.LocalDate;
import org.caseflow.journey.events.JourneyEvent;

/**
 * A foster carer stopped being approved (task {@code RecordCarerDeregistered}, a fostering team
 * manager's): every clock of the carer stops.
 */
public record FosterCarerDeregistered(String carerId, CarerType type, String supervisingWorker, LocalDate deregisteredOn,
        DeregistrationReason reason, String team) {

    public static final String TYPE = "FosterCarerDeregistered";

    public static FosterCarerDeregistered from(JourneyEvent event) {
        return new FosterCarerDeregistered(event.require(CARER_ID), CarerType.valueOf(event.require(CARER_TYPE)),
                event.require(SUPERVISING_WORKER), event.occurredOn(), DeregistrationReason.valueOf(event.require(DEREGISTRATION_REASON)),
                event.team());
    }
}
