package org.caseflow.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.system.Gateway.eventually;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.caseflow.localstack.CaseflowService;
import org.caseflow.localstack.CaseflowStack;
import org.junit.jupiter.api.Test;

/**
 * A child's journey from contact to authorised assessment, as workers would take it, through the
 * gateway only: the working-day due dates, the chronology, the KPIs, and a casework-service that
 * is stopped partway and catches up with nothing lost or duplicated.
 */
class FrontDoorJourneyIT {

    private static final Duration CATCH_UP = Duration.ofSeconds(60);

    private final CaseflowStack stack = RunningCaseflow.stack();
    private final Gateway gateway = RunningCaseflow.gateway();
    private final Journeys journeys = new Journeys(gateway);

    @Test
    void aContactBecomesAReferralAndAnAssessmentWithNothingLostWhileCaseworkIsDown() throws Exception {
        // other tests may record children in these months too: count from what is there now, once it has all arrived
        RunningCaseflow.awaitConsumersCaughtUp();
        JsonNode decemberBefore = gateway.get("/api/kpi/measures?month=2025-12", "performance").json();
        int contactsBefore = measure(decemberBefore, "contacts").get("numerator").asInt();
        int referralsBefore = measure(decemberBefore, "referrals").get("numerator").asInt();
        JsonNode februaryBefore = measure(gateway.get("/api/kpi/measures?month=2026-02", "performance").json(),
                "assessments-in-timescale");
        int assessedBefore = februaryBefore.get("denominator").asInt();
        int inTimeBefore = februaryBefore.get("numerator").asInt();

        // 1. a contact received on Friday 19 December 2025 for a child new to the council
        Gateway.Response contact = gateway.post("/api/workflow/contacts", "frontdoor.worker", """
                {"child": {"givenName": "Amy", "familyName": "Journey", "dateOfBirth": "2016-04-02"},
                 "source": "SCHOOL", "receivedAt": "2025-12-19T10:30",
                 "reason": "School reports bruising and a child afraid to go home."}""");
        assertThat(contact.status()).as(contact.body()).isEqualTo(201);
        String laChildId = contact.json().get("laChildId").asText();
        String contactId = contact.json().get("contactId").asText();
        assertThat(contact.json().get("decisionDueOn").asText()).isEqualTo("2025-12-22");

        // 2. the front door decides "referral" on Monday 22 December
        JsonNode decision = journeys.task("frontdoor.manager", "DecideOnContact", laChildId);
        assertThat(decision.get("due").asText()).startsWith("2025-12-22T23:59:59");
        journeys.complete("frontdoor.manager", decision, """
                {"contactOutcome": {"value": "REFERRAL"}, "decisionDate": {"value": "2025-12-22"},
                 "decisionRationale": {"value": "Significant concern; assessment needed."}, "assessmentTeam": {"value": "team-north"},
                 "referrerFollowUp": {"value": "TOLD"}, "referrerToldHow": {"value": "By phone, to the head teacher"},
                 "referrerToldOn": {"value": "2025-12-22"}}""");

        // 3. casework-service stops; work goes on
        chronologyWith(laChildId, "ContactReceived", "ContactDecided", "ReferralReceived");
        stack.stop(CaseflowService.CASEWORK);

        JsonNode allocation = journeys.task("north.manager", "AllocateSocialWorker", laChildId);
        journeys.complete("north.manager", allocation, """
                {"allocatedWorker": {"value": "north.worker"}, "allocationDate": {"value": "2025-12-23"}}""");
        JsonNode assessment = journeys.task("north.worker", "CompleteAssessment", laChildId);
        // 45 working days after Monday 22 December 2025, skipping 25, 26 December and 1 January
        assertThat(assessment.get("due").asText()).startsWith("2026-02-26T23:59:59");
        assertThat(assessment.get("assignee").asText()).isEqualTo("north.worker");
        journeys.complete("north.worker", assessment, """
                {"assessmentStartDate": {"value": "2026-01-05"}, "assessmentSubmittedDate": {"value": "2026-02-19"},
                 "assessmentOutcome": {"value": "NO_FURTHER_ACTION"},
                 "assessmentSummary": {"value": "Explanation accepted; school and GP reassured."}}""");
        // the team manager authorises it the next day: the assessment counts as complete that day
        journeys.complete("north.manager", journeys.task("north.manager", "AuthoriseAssessment", laChildId), """
                {"authorisationDecision": {"value": "AUTHORISE"}, "oversightDate": {"value": "2026-02-20"},
                 "managerDirection": {"value": "Explanation consistent with the injuries; no further action."}}""");

        // 4. casework-service comes back and catches up
        stack.start(CaseflowService.CASEWORK, RunningCaseflow.START_TIMEOUT);
        List<JsonNode> chronology = chronologyWith(laChildId, "ContactReceived", "ContactDecided", "ReferralReceived",
                "SocialWorkerAllocated", "AssessmentSubmitted", "AssessmentAuthorisationDecided", "AssessmentCompleted");
        List<JsonNode> work = chronology.stream()
                .filter(entry -> !entry.get("kind").asText().endsWith("Overdue") && !entry.get("kind").asText().equals("RecordedInTime"))
                .toList();
        assertThat(work).extracting(entry -> entry.get("kind").asText()).containsExactly(
                "ContactReceived", "ContactDecided", "ReferralReceived", "SocialWorkerAllocated", "AssessmentSubmitted",
                "AssessmentAuthorisationDecided", "AssessmentCompleted");
        assertThat(work).extracting(entry -> entry.get("occurredOn").asText()).containsExactly(
                "2025-12-19", "2025-12-22", "2025-12-22", "2025-12-23", "2026-02-19", "2026-02-20", "2026-02-20");
        assertThat(chronology).extracting(entry -> entry.get("eventId").asText()).as("each event once").doesNotHaveDuplicates();
        assertThat(work.get(0).get("summary").asText()).contains(contactId);
        // recorded a year late, both statutory timers had already passed: each fired once and escalated;
        // the work, dated within its timescales, then closed both escalations as recorded in time
        assertThat(chronology).extracting(entry -> entry.get("kind").asText())
                .containsOnlyOnce("ContactDecisionOverdue", "AssessmentOverdue");
        assertThat(chronology).extracting(entry -> entry.get("kind").asText()).filteredOn("RecordedInTime"::equals).hasSize(2);
        JsonNode child = gateway.get("/api/casework/children/" + laChildId, "north.worker").json();
        assertThat(child.get("givenName").asText()).isEqualTo("Amy");
        assertThat(child.get("status").asText()).isEqualTo("CLOSED");

        // 5. the KPIs count the contact and referral in December 2025, and the assessment in February 2026
        JsonNode december = measuresOnceCounted("2025-12", "referrals", referralsBefore + 1);
        assertThat(measure(december, "contacts").get("numerator").asInt()).isEqualTo(contactsBefore + 1);
        assertThat(measure(december, "referrals").get("numerator").asInt()).isEqualTo(referralsBefore + 1);
        JsonNode february = eventually(() -> gateway.get("/api/kpi/measures?month=2026-02", "performance").json(),
                page -> measure(page, "assessments-in-timescale").get("denominator").asInt() > assessedBefore, CATCH_UP);
        JsonNode timeliness = measure(february, "assessments-in-timescale");
        // authorised on 20 February, within the 45 working days that ended on 26 February
        assertThat(timeliness.get("denominator").asInt()).isEqualTo(assessedBefore + 1);
        assertThat(timeliness.get("numerator").asInt()).as("counted as in timescale").isEqualTo(inTimeBefore + 1);
        assertThat(timeliness.get("definition").asText()).contains("45 working days");
    }

    @Test
    void theDemoDataGivesTheKpisRealNumbers() {
        JsonNode catalogue = gateway.get("/api/kpi/measures", "performance").json();
        List<String> measured = new ArrayList<>();
        catalogue.get("measures").forEach(measure -> measured.add(measure.get("id").asText()));
        assertThat(measured).contains("contacts", "referrals", "assessments-in-timescale", "cp-count", "icpc-in-timescale",
                "cp-visits-in-timescale", "cp-reviews-in-timescale", "s47-enquiries", "cp-repeat-plans");
        JsonNode recent = eventually(() -> gateway.get("/api/kpi/measures?month=" + java.time.YearMonth.now().minusMonths(1),
                "performance").json(), page -> measure(page, "contacts").get("value").asInt() > 0, CATCH_UP);
        assertThat(measure(recent, "contacts").get("value").asInt()).isPositive();
    }

    /** The chronology once casework-service has recorded every kind of event named. */
    private List<JsonNode> chronologyWith(String laChildId, String... kinds) {
        Gateway.Response response = eventually(() -> gateway.get("/api/casework/children/" + laChildId + "/chronology", "north.worker"),
                chronology -> chronology.status() == 200 && kindsOf(chronology.json()).containsAll(List.of(kinds)), CATCH_UP);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(kindsOf(response.json())).as(response.body()).contains(kinds);
        List<JsonNode> entries = new ArrayList<>();
        response.json().forEach(entries::add);
        return entries;
    }

    private static List<String> kindsOf(JsonNode chronology) {
        List<String> kinds = new ArrayList<>();
        chronology.forEach(entry -> kinds.add(entry.get("kind").asText()));
        return kinds;
    }

    private JsonNode measuresOnceCounted(String month, String measureId, int atLeast) {
        return eventually(() -> gateway.get("/api/kpi/measures?month=" + month, "performance").json(),
                page -> measure(page, measureId).get("numerator").asInt() >= atLeast, CATCH_UP);
    }

    private static JsonNode measure(JsonNode page, String id) {
        for (JsonNode measure : page.get("measures")) {
            if (measure.get("id").asText().equals(id)) {
                return measure;
            }
        }
        throw new AssertionError("No measure " + id + " in " + page);
    }
}
