package org.caseflow.journey.events.frontdoor;

import static org.caseflow.journey.events.frontdoor.FrontDoorData.EMERGENCY_ACTION;
import static org.caseflow.journey.events.frontdoor.FrontDoorData.EMERGENCY_ACTION_DETAIL;

import java.time.LocalDate;
import org.caseflow.journey.events.JourneyEvent;

/** The emergency duty team recorded what it did out of hours (task {@code RecordEmergencyAction}). */
public record EmergencyActionTaken(String laChildId, String contactId, EmergencyAction action, LocalDate takenOn, String detail,
        String recordedBy) {

    public static final String TYPE = "EmergencyActionTaken";

    public static EmergencyActionTaken from(JourneyEvent event) {
        return new EmergencyActionTaken(event.laChildId(), event.contactId(), EmergencyAction.valueOf(event.require(EMERGENCY_ACTION)),
                event.occurredOn(), event.text(EMERGENCY_ACTION_DETAIL).orElse(""), event.worker());
    }
}
