package org.caseflow.journey.events.frontdoor;

import static org.caseflow.journey.events.JourneyData.CHILD_DATE_OF_BIRTH;
import static org.caseflow.journey.events.JourneyData.CHILD_EXPECTED_DATE_OF_BIRTH;
import static org.caseflow.journey.events.JourneyData.CHILD_FAMILY_NAME;
import static org.caseflow.journey.events.JourneyData.CHILD_GIVEN_NAME;
import static org.caseflow.journey.events.frontdoor.FrontDoorData.CONTACT_REASON;
import static org.caseflow.journey.events.frontdoor.FrontDoorData.CONTACT_RECEIVED_AT;
import static org.caseflow.journey.events.frontdoor.FrontDoorData.CONTACT_SOURCE;
import static org.caseflow.journey.events.frontdoor.FrontDoorData.CONTACT_CHANNEL;
import static org.caseflow.journey.events.frontdoor.FrontDoorData.INCIDENT_DATE;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.caseflow.journey.events.BusinessDates;
import org.caseflow.journey.events.JourneyEvent;

/**
 * A contact was recorded at the front door (process {@code front-door} started).
 *
 * @param receivedAt when the front door received it, London time
 * @param decisionDueOn the decision's due date (rule T1)
 * @param incidentDate for a police notification, the day of the incident; null when not given
 * @param channel how it arrived; null for a contact recorded before this was asked
 */
public record ContactReceived(String laChildId, String contactId, String givenName, String familyName, LocalDate dateOfBirth,
        LocalDate expectedDateOfBirth, ContactSource source, LocalDateTime receivedAt, String reason, LocalDate decisionDueOn, LocalDate incidentDate,
        ContactChannel channel) {

    public static final String TYPE = "ContactReceived";

    public static ContactReceived from(JourneyEvent event) {
        return new ContactReceived(event.laChildId(), event.contactId(), event.text(CHILD_GIVEN_NAME).orElse(null),
                event.text(CHILD_FAMILY_NAME).orElse(null), event.date(CHILD_DATE_OF_BIRTH).orElse(null),
                event.date(CHILD_EXPECTED_DATE_OF_BIRTH).orElse(null),
                ContactSource.ofRecorded(event.text(CONTACT_SOURCE).orElse(null)),
                BusinessDates.parseDateTime(event.require(CONTACT_RECEIVED_AT)).toLocalDateTime(),
                event.text(CONTACT_REASON).orElse(""), event.dueOn(), event.date(INCIDENT_DATE).orElse(null),
                ContactChannel.ofRecorded(event.text(CONTACT_CHANNEL).orElse(null)));
    }
}
