package org.caseflow.casework.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.caseflow.casework.CaseworkIntegrationTest;
import org.caseflow.support.feed.JourneyFeedConsumer;
import org.caseflow.testsupport.FeedStub;
import org.caseflow.testsupport.TestIdentity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * What the inspectors asked to see on the record: a police notification's delays, whether the
 * referrer was told, a written contact closed untold (and the front-door managers' list of them),
 * the out-of-hours action, and each decision's management oversight.
 */
@CaseworkIntegrationTest
class FrontDoorRecordTest {

    @Autowired
    FeedStub feed;
    @Autowired
    JourneyFeedConsumer consumer;
    @Autowired
    TestRestTemplate http;
    @Autowired
    TestIdentity identity;

    @Test
    void aPoliceNotificationClosedUntoldShowsItsDelaysItsFollowUpAndItsOversight() {
        LocalDate received = LocalDate.of(2026, 3, 2);
        feed.publish("ContactReceived", "C7100001", "CON-710001", null, received, received.plusDays(1), "front-door", "frontdoor.worker",
                Map.of("childGivenName", "Ava", "childFamilyName", "Stone", "childDateOfBirth", "2018-05-01", "contactSource", "POLICE",
                        "contactReceivedAt", "2026-03-02T09:15", "contactReason", "Domestic abuse notification.",
                        "incidentDate", "2026-02-12", "contactChannel", "EMAIL"));
        feed.publish("ContactDecided", "C7100001", "CON-710001", null, received.plusDays(1), received.plusDays(1), "front-door",
                "frontdoor.manager", Map.of("contactOutcome", "NO_FURTHER_ACTION", "decisionDate", "2026-03-03",
                        "decisionRationale", "Mother has moved out with the children.", "referrerFollowUp", "NOT_TOLD",
                        "referrerNotToldReason", "Not yet: the duty worker is to write.", "oversight", "CONTACT_DECISION",
                        "oversightDirection", "Mother has moved out with the children."));
        consumer.catchUp();

        Map<String, Object> contact = contacts("north.worker", "C7100001").get(0);
        assertThat(contact).containsEntry("incidentDate", "2026-02-12").containsEntry("daysFromIncidentToContact", 18)
                .containsEntry("daysFromContactToDecision", 1).containsEntry("daysFromIncidentToDecision", 19)
                .containsEntry("referrerFollowUp", "NOT_TOLD").containsEntry("closedWithoutFollowUp", true)
                .containsEntry("decidedBy", "frontdoor.manager");
        assertThat(chronology("C7100001")).extracting(entry -> (String) entry.get("summary")).anySatisfy(summary -> assertThat(summary)
                .contains("incident on 2026-02-12, 18 days before it arrived")).anySatisfy(summary -> assertThat(summary)
                .contains("19 days after the incident", "A written contact closed without the referrer being told",
                        "The referrer was not told: Not yet"));
        assertThat(oversight("C7100001")).singleElement().satisfies(entry -> assertThat(entry)
                .containsEntry("point", "CONTACT_DECISION").containsEntry("manager", "frontdoor.manager")
                .containsEntry("decidedOn", "2026-03-03").containsEntry("direction", "Mother has moved out with the children."));

        ResponseEntity<List<Map<String, Object>>> list = identity.as(http, "frontdoor.manager").exchange(
                "/api/casework/contacts/closed-without-follow-up?from=2026-03-01&to=2026-03-31", HttpMethod.GET, null,
                new ParameterizedTypeReference<>() { });
        assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(list.getBody()).extracting(row -> row.get("contactId")).containsExactly("CON-710001");
        assertThat(identity.as(http, "north.manager").getForEntity("/api/casework/contacts/closed-without-follow-up", String.class)
                .getStatusCode()).as("another team's manager").isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> backwards = identity.as(http, "frontdoor.manager").getForEntity(
                "/api/casework/contacts/closed-without-follow-up?from=2026-03-31&to=2026-03-01", String.class);
        assertThat(backwards.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(backwards.getBody()).contains("invalid-input", "is after");
    }

    @Test
    void anAssessmentSentBackAndAuthorisedLeavesTwoOversightEntriesAndTheOutOfHoursActionIsOnTheContact() {
        LocalDate saturday = LocalDate.of(2026, 3, 7);
        feed.publish("ContactReceived", "C7100002", "CON-710002", null, saturday, saturday.plusDays(2), "front-door", "edt.worker",
                Map.of("childGivenName", "Kai", "childFamilyName", "Morgan", "childDateOfBirth", "2021-09-12", "contactSource", "POLICE",
                        "contactReceivedAt", "2026-03-07T23:10", "contactReason", "Found alone at home.", "outOfHours", true,
                        "contactChannel", "PHONE", "incidentDate", "2026-03-07"));
        feed.publish("EmergencyActionTaken", "C7100002", "CON-710002", null, saturday, saturday.plusDays(2), "emergency-duty", "edt.worker",
                Map.of("emergencyAction", "POLICE_PROTECTION", "emergencyActionDate", "2026-03-07",
                        "emergencyActionDetail", "Placed overnight with emergency foster carers."));
        feed.publish("HandedOverToFrontDoor", "C7100002", "CON-710002", null, saturday.plusDays(2), saturday.plusDays(2), "emergency-duty",
                "edt.worker", Map.of("handoverDate", "2026-03-09", "handoverNote", "Strategy discussion needed today."));
        feed.publish("AssessmentAuthorisationDecided", "C7100002", "CON-710002", "REF-710002", LocalDate.of(2026, 4, 1), null, "team-north",
                "north.manager", Map.of("authorisationDecision", "SEND_BACK", "oversightDate", "2026-04-01",
                        "managerDirection", "Add the father's views.", "oversight", "ASSESSMENT_AUTHORISATION",
                        "oversightDirection", "Add the father's views."));
        feed.publish("AssessmentAuthorisationDecided", "C7100002", "CON-710002", "REF-710002", LocalDate.of(2026, 4, 8), null, "team-north",
                "north.manager", Map.of("authorisationDecision", "AUTHORISE", "oversightDate", "2026-04-08",
                        "managerDirection", "Father seen; plan agreed.", "oversight", "ASSESSMENT_AUTHORISATION",
                        "oversightDirection", "Father seen; plan agreed."));
        consumer.catchUp();

        assertThat(contacts("north.worker", "C7100002").get(0)).containsEntry("outOfHours", true)
                .containsEntry("emergencyAction", "POLICE_PROTECTION").containsEntry("emergencyActionOn", "2026-03-07")
                .containsEntry("handedOverOn", "2026-03-09");
        assertThat(oversight("C7100002")).extracting(entry -> entry.get("direction"))
                .containsExactly("Add the father's views.", "Father seen; plan agreed.");
        assertThat(oversight("C7100002")).extracting(entry -> (String) entry.get("said")).as("what each decided, in the record's words")
                .satisfiesExactly(sentBack -> assertThat(sentBack).contains("sent back for more work by north.manager"),
                        authorised -> assertThat(authorised).contains("authorised by north.manager"));
        assertThat(chronology("C7100002")).extracting(entry -> (String) entry.get("summary"))
                .anySatisfy(summary -> assertThat(summary).contains("emergency duty team took emergency action", "police protection"))
                .anySatisfy(summary -> assertThat(summary).contains("sent back for more work by north.manager on 2026-04-01",
                        "Direction: Add the father's views."));
    }

    private List<Map<String, Object>> contacts(String user, String laChildId) {
        return identity.as(http, user).exchange("/api/casework/children/" + laChildId + "/contacts", HttpMethod.GET, null,
                new ParameterizedTypeReference<List<Map<String, Object>>>() { }).getBody();
    }

    private List<Map<String, Object>> oversight(String laChildId) {
        return identity.as(http, "north.worker").exchange("/api/casework/children/" + laChildId + "/oversight", HttpMethod.GET, null,
                new ParameterizedTypeReference<List<Map<String, Object>>>() { }).getBody();
    }

    private List<Map<String, Object>> chronology(String laChildId) {
        return identity.as(http, "north.worker").exchange("/api/casework/children/" + laChildId + "/chronology", HttpMethod.GET, null,
                new ParameterizedTypeReference<List<Map<String, Object>>>() { }).getBody();
    }
}
