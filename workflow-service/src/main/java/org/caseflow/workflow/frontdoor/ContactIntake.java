package org.caseflow.workflow.frontdoor;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.caseflow.journey.events.frontdoor.FrontDoorData;
import org.caseflow.journey.events.BusinessDates;
import org.caseflow.journey.events.JourneyData;
import org.caseflow.support.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponseException;

/** Records a contact by starting its front-door journey. */
@Service
class ContactIntake {

    static final String FRONT_DOOR = "front-door";

    private final RuntimeService runtime;

    ContactIntake(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /** The journey gives the contact its id, and the child one when new to us, as it starts. */
    RecordedContact record(NewContact contact) {
        ZonedDateTime received = receivedAt(contact.receivedAt());
        VariableMap variables = Variables.createVariables()
                .putValue(JourneyData.LA_CHILD_ID, contact.child().laChildId())
                .putValue(JourneyData.CHILD_GIVEN_NAME, contact.child().givenName())
                .putValue(JourneyData.CHILD_FAMILY_NAME, contact.child().familyName())
                .putValue(JourneyData.CHILD_DATE_OF_BIRTH, isoOrNull(contact.child().dateOfBirth()))
                .putValue(JourneyData.CHILD_EXPECTED_DATE_OF_BIRTH, isoOrNull(contact.child().expectedDateOfBirth()))
                .putValue(FrontDoorData.CONTACT_SOURCE, contact.source().name())
                .putValue(FrontDoorData.CONTACT_RECEIVED_AT, received.toLocalDateTime().toString())
                .putValue(FrontDoorData.CONTACT_REASON, contact.reason())
                .putValue(FrontDoorData.INCIDENT_DATE, isoOrNull(contact.incidentDate()))
                .putValue(FrontDoorData.CONTACT_CHANNEL, contact.channel() == null ? null : contact.channel().name());
        ProcessInstanceWithVariables journey = runtime.createProcessInstanceByKey(FRONT_DOOR)
                .setVariables(variables)
                .executeWithVariablesInReturn();
        VariableMap started = journey.getVariables();
        LocalDate due = LocalDate.parse((String) started.get(FrontDoorData.CONTACT_DECISION_DUE_ON));
        return new RecordedContact((String) started.get(JourneyData.CONTACT_ID), (String) started.get(JourneyData.LA_CHILD_ID),
                received.toLocalDate(), due, journey.getId());
    }

    /**
     * London time, whatever offset the caller sent. Whether the contact may be recorded (not in
     * the future, a day the working-day calendar knows) is the front-door journey's rule, checked
     * as it starts, for the API and Tasklist alike.
     */
    private static ZonedDateTime receivedAt(String text) {
        try {
            return BusinessDates.parseDateTime(text);
        } catch (DateTimeException e) {
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, Problems.of(HttpStatus.BAD_REQUEST, "invalid-contact",
                    "receivedAt must be an ISO 8601 date-time such as 2025-12-19T10:30, not '" + text + "'."), null);
        }
    }

    private static String isoOrNull(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
