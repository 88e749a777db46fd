package org.caseflow.kpi.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caseflow.kpi.KpiIntegrationTest;
import org.caseflow.support.feed.JourneyFeedConsumer;
import org.caseflow.testsupport.FeedStub;
import org.caseflow.testsupport.TestIdentity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The measures the inspectors asked for, read back through the API: police notifications' days from incident to
 * decision and the share decided within the local days, written contacts closed untold, and decisions with
 * recorded oversight by team. October 2022, which no other test reports on.
 */
@KpiIntegrationTest
class FrontDoorAndOversightMeasuresTest {

    private static boolean published;

    @Autowired
    FeedStub feed;
    @Autowired
    JourneyFeedConsumer consumer;
    @Autowired
    TestRestTemplate http;
    @Autowired
    TestIdentity identity;

    @BeforeEach
    void publishOnce() {
        if (published) {
            return;
        }
        published = true;
        // decided 2, 5 and 20 days after the incident: the median is 5; 1 of 3 within the default 3 days
        policeNotification("C5800001", "CON-580001", "2022-10-02", "2022-10-04", "EMAIL", "NO_FURTHER_ACTION", "NOT_TOLD");
        policeNotification("C5800002", "CON-580002", "2022-10-05", "2022-10-10", "PHONE", "REFERRAL", "TOLD");
        policeNotification("C5800003", "CON-580003", "2022-10-01", "2022-10-21", "EMAIL", "INFORMATION_AND_ADVICE", "TOLD");
        feed.publish("AssessmentAuthorisationDecided", "C5800002", "CON-580002", "REF-580002", LocalDate.of(2022, 10, 25), null, "team-north",
                "north.manager", Map.of("authorisationDecision", "SEND_BACK", "oversightDate", "2022-10-25",
                        "managerDirection", "Add the father's views.", "oversight", "ASSESSMENT_AUTHORISATION",
                        "oversightDirection", "Add the father's views."));
        feed.publish("Section47EndorsementDecided", "C5800004", "CON-580004", "REF-580004", LocalDate.of(2022, 10, 27), null,
                "team-south", "south.manager", Map.of("s47EndorsementDecision", "ENDORSE", "s47Decision", "INITIAL_CONFERENCE",
                        "oversightDate", "2022-10-27", "managerDirection", "Threshold met; conference agreed.",
                        "oversight", "SECTION_47_OUTCOME", "oversightDirection", "Threshold met; conference agreed."));
        consumer.catchUp();
    }

    @Test
    void policeNotificationsAreMeasuredFromTheIncident() {
        Map<String, Map<String, Object>> october = measures("2022-10");

        assertThat(october.get("police-notification-days-to-decision")).containsEntry("value", 5.0).containsEntry("numerator", 3);
        assertThat(october.get("police-notifications-decided-in-time")).containsEntry("numerator", 1).containsEntry("denominator", 3);
    }

    @Test
    void aWrittenContactClosedUntoldCountsAndOneToldOrByPhoneDoesNot() {
        assertThat(measures("2022-10").get("written-contacts-closed-without-follow-up")).containsEntry("value", 1);
    }

    @Test
    void decisionsWithRecordedOversightAreCountedByTeam() {
        Map<String, Object> oversight = measures("2022-10").get("decisions-with-oversight");

        assertThat(oversight).as("3 contact decisions, an assessment sent back and a section 47 outcome endorsed").containsEntry("value", 5);
        assertThat((Map<String, Object>) oversight.get("breakdown")).containsEntry("front-door", 3).containsEntry("team-north", 1)
                .containsEntry("team-south", 1);
        assertThat(measures("2022-11").get("decisions-with-oversight")).containsEntry("value", 0);
    }

    private void policeNotification(String child, String contact, String incident, String decided, String channel, String outcome,
            String followUp) {
        LocalDate on = LocalDate.parse(decided);
        feed.publish("ContactReceived", child, contact, null, on, on, "front-door", "frontdoor.worker", Map.of(
                "childGivenName", "Ada", "childFamilyName", "Police", "childDateOfBirth", "2012-01-01", "contactSource", "POLICE",
                "contactReceivedAt", decided + "T09:00", "contactReason", "Domestic abuse notification.", "incidentDate", incident,
                "contactChannel", channel));
        Map<String, Object> decision = new LinkedHashMap<>(Map.of("contactOutcome", outcome, "decisionDate", decided,
                "decisionRationale", "Screened.", "referrerFollowUp", followUp, "oversight", "CONTACT_DECISION",
                "oversightDirection", "Screened."));
        if (outcome.equals("REFERRAL")) {
            decision.put("assessmentTeam", "team-north");
        }
        feed.publish("ContactDecided", child, contact, null, on, on, "front-door", "frontdoor.manager", decision);
    }

    private Map<String, Map<String, Object>> measures(String month) {
        Map<String, Object> body = identity.as(http, "performance").getForObject("/api/kpi/measures?month=" + month, Map.class);
        Map<String, Map<String, Object>> byId = new LinkedHashMap<>();
        for (Map<String, Object> measure : (List<Map<String, Object>>) body.get("measures")) {
            byId.put((String) measure.get("id"), measure);
        }
        return byId;
    }
}
