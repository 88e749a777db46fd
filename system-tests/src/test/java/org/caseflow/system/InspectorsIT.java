package org.caseflow.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.system.MonthlyMeasures.denominator;
import static org.caseflow.system.MonthlyMeasures.numerator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the inspectors asked for, through the gateway only: a police notification that arrived three
 * weeks after the incident, flagged on its task and closed in writing without the referrer being
 * told; a referral whose assessment the team manager sends back and then authorises. Then the
 * delays, the follow-up and each decision's management oversight on the children's records (as data
 * and on the record pages), the
 * front-door managers' list, and October 2025's measures, which no other journey of these tests
 * and none of the demo data's six months reach.
 */
class InspectorsIT {

    private static final String MONTH = "2025-10";

    private final Gateway gateway = RunningCaseflow.gateway();
    private final Journeys journeys = new Journeys(gateway);
    private final CaseRecords records = new CaseRecords(gateway, "north.worker");
    private final MonthlyMeasures measures = new MonthlyMeasures(gateway);

    @Test
    void oversightPoliceDelayAndReferrerFollowUpReachTheRecordAndTheMonthsMeasures() {
        Map<String, JsonNode> before = measures.of(MONTH);

        // 1. a police notification on Monday 13 October 2025 of an incident on 22 September, by email
        Gateway.Response notification = gateway.post("/api/workflow/contacts", "frontdoor.worker", """
                {"child": {"givenName": "Poppy", "familyName": "Inspected", "dateOfBirth": "2019-02-14"},
                 "source": "POLICE", "receivedAt": "2025-10-13T09:00", "incidentDate": "2025-09-22", "channel": "EMAIL",
                 "reason": "Domestic abuse notification: verbal argument, children asleep upstairs."}""");
        assertThat(notification.status()).as(notification.body()).isEqualTo(201);
        String poppy = notification.json().get("laChildId").asText();
        String poppysContact = notification.json().get("contactId").asText();
        JsonNode decision = journeys.task("frontdoor.manager", "DecideOnContact", poppy);
        Gateway.Response flag = gateway.get("/engine-rest/task/" + decision.get("id").asText() + "/localVariables/policeNotificationFlag",
                "frontdoor.manager");
        assertThat(flag.status()).as(flag.body()).isEqualTo(200);
        assertThat(flag.json().get("value").asText()).as("flagged on the task as old").contains("2025-09-22", "21 days before");
        journeys.complete("frontdoor.manager", decision, """
                {"contactOutcome": {"value": "NO_FURTHER_ACTION"}, "decisionDate": {"value": "2025-10-14"},
                 "decisionRationale": {"value": "Parents separated since; no role for children's services."},
                 "referrerFollowUp": {"value": "NOT_TOLD"}, "referrerNotToldReason": {"value": "Not yet: the duty worker is to write."}}""");

        // 2. a school's concern on Monday 6 October, referred to Team North; the assessment is sent back, then authorised
        Gateway.Response concern = gateway.post("/api/workflow/contacts", "frontdoor.worker", """
                {"child": {"givenName": "Otto", "familyName": "Inspected", "dateOfBirth": "2016-07-01"},
                 "source": "SCHOOL", "receivedAt": "2025-10-06T11:00", "channel": "PHONE",
                 "reason": "Otto says he is left alone at night."}""");
        assertThat(concern.status()).as(concern.body()).isEqualTo(201);
        String otto = concern.json().get("laChildId").asText();
        journeys.complete("frontdoor.manager", journeys.task("frontdoor.manager", "DecideOnContact", otto), """
                {"contactOutcome": {"value": "REFERRAL"}, "decisionDate": {"value": "2025-10-06"},
                 "decisionRationale": {"value": "Possible neglect: assess."}, "assessmentTeam": {"value": "team-north"},
                 "referrerFollowUp": {"value": "TOLD"}, "referrerToldHow": {"value": "By phone, to the head teacher"},
                 "referrerToldOn": {"value": "2025-10-06"}}""");
        journeys.complete("north.manager", journeys.task("north.manager", "AllocateSocialWorker", otto), """
                {"allocatedWorker": {"value": "north.worker"}, "allocationDate": {"value": "2025-10-07"}}""");
        journeys.complete("north.worker", journeys.task("north.worker", "CompleteAssessment", otto), """
                {"assessmentStartDate": {"value": "2025-10-08"}, "assessmentSubmittedDate": {"value": "2025-10-20"},
                 "assessmentOutcome": {"value": "NO_FURTHER_ACTION"}, "assessmentSummary": {"value": "Mother works nights; a neighbour sits."}}""");
        journeys.complete("north.manager", journeys.task("north.manager", "AuthoriseAssessment", otto), """
                {"authorisationDecision": {"value": "SEND_BACK"}, "oversightDate": {"value": "2025-10-21"},
                 "managerDirection": {"value": "Speak to the neighbour and to Otto alone before we close."}}""");
        journeys.complete("north.worker", journeys.task("north.worker", "CompleteAssessment", otto), """
                {"assessmentStartDate": {"value": "2025-10-08"}, "assessmentSubmittedDate": {"value": "2025-10-27"},
                 "assessmentOutcome": {"value": "NO_FURTHER_ACTION"},
                 "assessmentSummary": {"value": "Neighbour checked and Otto seen alone: he is safe at night."}}""");
        journeys.complete("north.manager", journeys.task("north.manager", "AuthoriseAssessment", otto), """
                {"authorisationDecision": {"value": "AUTHORISE"}, "oversightDate": {"value": "2025-10-28"},
                 "managerDirection": {"value": "Care arrangements confirmed; no further action."}}""");

        // 3. Poppy's record: the notification's delays, the referrer not told, a written contact closed untold
        List<JsonNode> poppysChronology = records.chronologyWith(poppy, "ContactReceived", "ContactDecided");
        assertThat(summariesOf(poppysChronology)).anySatisfy(summary -> assertThat(summary)
                .contains("incident on 2025-09-22, 21 days before it arrived"));
        assertThat(summariesOf(poppysChronology)).anySatisfy(summary -> assertThat(summary)
                .contains("22 days after the incident", "A written contact closed without the referrer being told",
                        "The referrer was not told: Not yet"));
        JsonNode contact = gateway.get("/api/casework/children/" + poppy + "/contacts", "north.worker").json().get(0);
        assertThat(contact.get("daysFromIncidentToContact").asInt()).isEqualTo(21);
        assertThat(contact.get("daysFromContactToDecision").asInt()).isEqualTo(1);
        assertThat(contact.get("daysFromIncidentToDecision").asInt()).isEqualTo(22);
        assertThat(contact.get("closedWithoutFollowUp").asBoolean()).isTrue();
        JsonNode untold = gateway.get("/api/casework/contacts/closed-without-follow-up?from=2025-10-01&to=2025-10-31",
                "frontdoor.manager").json();
        assertThat(untold.findValuesAsText("contactId")).contains(poppysContact);
        assertThat(gateway.get("/api/casework/contacts/closed-without-follow-up", "north.worker").status())
                .as("the front-door managers' list").isEqualTo(403);
        assertThat(oversightOf(poppy)).singleElement().satisfies(entry -> {
            assertThat(entry.get("point").asText()).isEqualTo("CONTACT_DECISION");
            assertThat(entry.get("manager").asText()).isEqualTo("frontdoor.manager");
        });

        // 4. Otto's record: the referrer told, and each decision's oversight with the manager, the date and their words
        List<JsonNode> ottosChronology = records.chronologyWith(otto, "ContactDecided", "AssessmentSubmitted",
                "AssessmentAuthorisationDecided", "AssessmentCompleted");
        assertThat(summariesOf(ottosChronology)).anySatisfy(summary -> assertThat(summary)
                .contains("The referrer was told By phone, to the head teacher on 2025-10-06"));
        assertThat(summariesOf(ottosChronology)).anySatisfy(summary -> assertThat(summary)
                .contains("sent back for more work by north.manager on 2025-10-21", "Speak to the neighbour"));
        List<JsonNode> oversight = oversightOf(otto);
        assertThat(oversight).extracting(entry -> entry.get("point").asText())
                .containsExactly("CONTACT_DECISION", "ASSESSMENT_AUTHORISATION", "ASSESSMENT_AUTHORISATION");
        assertThat(oversight).extracting(entry -> entry.get("decidedOn").asText()).containsExactly("2025-10-06", "2025-10-21", "2025-10-28");
        assertThat(oversight.get(2).get("manager").asText()).isEqualTo("north.manager");
        assertThat(oversight.get(2).get("direction").asText()).isEqualTo("Care arrangements confirmed; no further action.");

        // 5. the same on the children's record pages, for those to whom the records are open and nobody else
        String ottosPage = recordPage(otto, "north.worker");
        assertThat(ottosPage).contains("Management oversight", "Speak to the neighbour and to Otto alone before we close.",
                "Care arrangements confirmed; no further action.", "Told on 6 October 2025, By phone, to the head teacher");
        assertThat(recordPage(poppy, "north.worker")).contains("Parents separated since; no role for children",
                "Incident on 22 September 2025, 21 days before it arrived; decided 22 days after the incident",
                "Not told: Not yet: the duty worker is to write.", "Closed without the referrer being told");
        Gateway.Response refused = gateway.get("/children/" + otto, "performance", Map.of("Accept", "text/html"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).doesNotContain("Care arrangements confirmed", "head teacher");

        // 6. October 2025's measures
        Map<String, JsonNode> october = measures.when(MONTH, page -> numerator(page, "decisions-with-oversight")
                >= numerator(before, "decisions-with-oversight") + 4);
        assertThat(numerator(october, "decisions-with-oversight")).isEqualTo(numerator(before, "decisions-with-oversight") + 4);
        assertThat(october.get("decisions-with-oversight").get("breakdown").get("team-north").asInt())
                .isEqualTo(breakdown(before, "team-north") + 2);
        assertThat(october.get("decisions-with-oversight").get("breakdown").get("front-door").asInt())
                .isEqualTo(breakdown(before, "front-door") + 2);
        assertThat(numerator(october, "written-contacts-closed-without-follow-up"))
                .isEqualTo(numerator(before, "written-contacts-closed-without-follow-up") + 1);
        assertThat(denominator(october, "police-notifications-decided-in-time"))
                .isEqualTo(denominator(before, "police-notifications-decided-in-time") + 1);
        assertThat(numerator(october, "police-notifications-decided-in-time")).as("22 days is not within the council's 3")
                .isEqualTo(numerator(before, "police-notifications-decided-in-time"));
        assertThat(numerator(october, "police-notification-days-to-decision"))
                .isEqualTo(numerator(before, "police-notification-days-to-decision") + 1);
        if (numerator(before, "police-notification-days-to-decision") == 0) {
            assertThat(october.get("police-notification-days-to-decision").get("value").asDouble()).isEqualTo(22.0);
        }
    }

    private String recordPage(String laChildId, String reader) {
        Gateway.Response page = gateway.get("/children/" + laChildId, reader, Map.of("Accept", "text/html"));
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        return page.body();
    }

    private List<JsonNode> oversightOf(String laChildId) {
        Gateway.Response response = gateway.get("/api/casework/children/" + laChildId + "/oversight", "north.worker");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        List<JsonNode> entries = new ArrayList<>();
        response.json().forEach(entries::add);
        return entries;
    }

    private static int breakdown(Map<String, JsonNode> measures, String team) {
        JsonNode breakdown = measures.get("decisions-with-oversight").get("breakdown");
        return breakdown == null || breakdown.isNull() || !breakdown.has(team) ? 0 : breakdown.get(team).asInt();
    }

    private static List<String> summariesOf(List<JsonNode> chronology) {
        return chronology.stream().map(entry -> entry.get("summary").asText()).toList();
    }
}
