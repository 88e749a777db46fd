package org.caseflow.journey.events.fostering;

import static org.caseflow.journey.events.fostering.FosteringData.CARER_ID;
import static org.caseflow.journey.events.fostering.FosteringData.CARER_TYPE;
import static org.caseflow.journey.events.fostering.FosteringData.SUPERVISING_WORKER;

import java.time.LocalDate;
import org.caseflow.journey.events.JourneyEvent;

/**
 * A supervising social worker visited a foster carer (task {@code RecordCarerSupervisionVisit}),
 * dated the visit; due by rule T28 from the last visit, or from the approval for the first.
 */
public record CarerSupervisionVisitMade(String carerId, CarerType type, String supervisingWorker, LocalDate visitedOn, LocalDate dueOn,
        String visitedBy, String team) {

    public static final String TYPE = "CarerSupervisionVisitMade";

    public static CarerSupervisionVisitMade from(JourneyEvent event) {
        return new CarerSupervisionVisitMade(event.require(CARER_ID), CarerType.valueOf(event.require(CARER_TYPE)),
                event.require(SUPERVISING_WORKER), event.occurredOn(), event.dueOn(), event.worker(), event.team());
    }

    public boolean inTime() {
        return dueOn == null || !visitedOn.isAfter(dueOn);
    }
}
