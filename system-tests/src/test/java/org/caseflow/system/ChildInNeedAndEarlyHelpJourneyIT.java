package org.caseflow.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.system.MonthlyMeasures.numerator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One child through the gateway: the front door's referral, the assessment, a child in need plan,
 * stepped down to Early Help, and stepped up again to the front door, whose new referral is a
 * re-referral. Then the chronology and open episodes as the social worker reads them, the Early
 * Help record as the Early Help practitioner reads it, and the months' measures as the performance
 * officer reads them.
 */
class ChildInNeedAndEarlyHelpJourneyIT {

    private final Gateway gateway = RunningCaseflow.gateway();
    private final Journeys journeys = new Journeys(gateway);
    private final CaseRecords records = new CaseRecords(gateway, "south.worker");
    private final MonthlyMeasures measures = new MonthlyMeasures(gateway);

    @Test
    void aChildGoesFromAChildInNeedPlanToEarlyHelpAndIsSteppedUpAgain() {
        // March to June 2026 are before the demo data's six months: count from what is there now
        Map<String, JsonNode> marchBefore = measures.of("2026-03");
        Map<String, JsonNode> mayBefore = measures.of("2026-05");
        Map<String, JsonNode> juneBefore = measures.of("2026-06");

        // 1. a contact on Monday 2 March 2026, referred to Team South; the assessment concludes with a child in need plan
        Gateway.Response contact = gateway.post("/api/workflow/contacts", "frontdoor.worker", """
                {"child": {"givenName": "Rosa", "familyName": "Steps", "dateOfBirth": "2017-08-08"},
                 "source": "SCHOOL", "receivedAt": "2026-03-02T10:00", "reason": "Often hungry and tired at school."}""");
        assertThat(contact.status()).as(contact.body()).isEqualTo(201);
        String laChildId = contact.json().get("laChildId").asText();
        journeys.complete("frontdoor.manager", journeys.task("frontdoor.manager", "DecideOnContact", laChildId), """
                {"contactOutcome": {"value": "REFERRAL"}, "decisionDate": {"value": "2026-03-02"},
                 "decisionRationale": {"value": "Needs assessing."}, "assessmentTeam": {"value": "team-south"},
                 "referrerFollowUp": {"value": "TOLD"}, "referrerToldHow": {"value": "By phone"}, "referrerToldOn": {"value": "2026-03-02"}}""");
        journeys.complete("south.manager", journeys.task("south.manager", "AllocateSocialWorker", laChildId), """
                {"allocatedWorker": {"value": "south.worker"}, "allocationDate": {"value": "2026-03-03"}}""");
        journeys.assessmentAuthorised(laChildId, "team-south", "2026-03-03", "2026-03-20", "CHILD_IN_NEED_PLAN",
                "Neglect of basic care; parents willing.");

        // 2. the plan, led by the assessment's social worker: a visit 20 working days on, then a review that steps down
        JsonNode visit = journeys.task("south.worker", "RecordCinVisit", laChildId);
        assertThat(visit.get("assignee").asText()).isEqualTo("south.worker");
        assertThat(visit.get("due").asText()).as("20 working days after 20 March, Good Friday and Easter Monday skipped")
                .startsWith("2026-04-21T23:59:59");
        journeys.complete("south.worker", visit, """
                {"cinVisitDate": {"value": "2026-04-01"}, "cinChildSeen": {"value": true}, "cinChildSeenAlone": {"value": true}}""");
        JsonNode onThePlan = records.childWhen(laChildId, child -> child.path("childInNeed").path("onPlan").asBoolean());
        assertThat(onThePlan.get("currentLevel").asText()).isEqualTo("CHILD_IN_NEED");
        journeys.complete("south.manager", journeys.task("south.manager", "HoldCinReview", laChildId), """
                {"cinReviewDate": {"value": "2026-05-15"}, "cinReviewDecision": {"value": "END_PLAN"},
                 "cinPlanEndReason": {"value": "STEP_DOWN_TO_EARLY_HELP"}, "stepDownNeeds": {"value": "Meals and routines at home."},
                 "stepDownOutcomes": {"value": "Rosa arrives at school fed and rested."},
                 "stepDownLead": {"value": "The Early Help family worker"},
                 "managerDirection": {"value": "Step down agreed with the family; Early Help to lead."}}""");

        // 3. Early Help accepts the child, assesses, and at the first review asks social care to step up
        JsonNode transfer = journeys.task("eh.manager", "AcceptTransfer", laChildId);
        assertThat(transfer.get("due").asText()).as("5 working days").startsWith("2026-05-22T23:59:59");
        journeys.complete("eh.manager", transfer, """
                {"ehTransferAcceptedDate": {"value": "2026-05-18"}, "ehLeadPractitioner": {"value": "eh.worker"}}""");
        journeys.complete("eh.worker", journeys.task("eh.worker", "CompleteEarlyHelpAssessment", laChildId), """
                {"ehAssessmentDate": {"value": "2026-06-01"}}""");
        journeys.complete("eh.worker", journeys.task("eh.worker", "HoldFamilyReview", laChildId), """
                {"ehReviewDate": {"value": "2026-06-15"}, "ehReviewDecision": {"value": "STEP_UP"},
                 "stepUpReason": {"value": "Neglect has worsened despite the family's plan."}}""");

        // 4. the front door decides on Early Help's contact the next day: a referral again, within 12 months of the first
        JsonNode stepUp = journeys.task("frontdoor.manager", "DecideOnContact", laChildId);
        journeys.complete("frontdoor.manager", stepUp, """
                {"contactOutcome": {"value": "REFERRAL"}, "decisionDate": {"value": "2026-06-16"},
                 "decisionRationale": {"value": "Early Help's evidence meets the threshold."}, "assessmentTeam": {"value": "team-south"},
                 "referrerFollowUp": {"value": "TOLD"}, "referrerToldHow": {"value": "By phone, to the lead practitioner"},
                 "referrerToldOn": {"value": "2026-06-16"}}""");

        // 5. the case record: a new referral open at assessment, Early Help closed as stepped up, every step in the chronology
        JsonNode steppedUp = records.childWhen(laChildId, child -> openEpisodes(child).size() == 1
                && openEpisodes(child).get(0).get("stage").asText().equals("ASSESSMENT"));
        assertThat(steppedUp.get("currentLevel").asText()).isEqualTo("CHILD_IN_NEED");
        List<JsonNode> chronology = records.chronologyWith(laChildId, "CinPlanStarted", "CinVisitMade", "CinReviewHeld",
                "EarlyHelpEpisodeStarted", "EarlyHelpTransferAccepted", "EarlyHelpAssessmentCompleted", "EarlyHelpReviewHeld",
                "StepUpDecided", "EarlyHelpEpisodeClosed");
        assertThat(chronology).filteredOn(entry -> entry.get("kind").asText().equals("ReferralReceived"))
                .extracting(entry -> entry.get("occurredOn").asText()).containsExactly("2026-03-02", "2026-06-16");
        assertThat(chronology).filteredOn(entry -> entry.get("kind").asText().equals("EarlyHelpEpisodeStarted"))
                .singleElement().satisfies(entry -> assertThat(entry.get("summary").asText()).containsIgnoringCase("stepped down"));
        assertThat(chronology).extracting(entry -> entry.get("eventId").asText()).doesNotHaveDuplicates();
        Gateway.Response earlyHelp = gateway.get("/api/casework/children/" + laChildId + "/early-help", "eh.worker");
        assertThat(earlyHelp.status()).as(earlyHelp.body()).isEqualTo(200);
        assertThat(earlyHelp.json().get("episodes").get(0).get("closure").asText()).isEqualTo("STEPPED_UP");
        assertThat(earlyHelp.body()).as("nothing of social care's assessment").doesNotContain("Neglect of basic care");
        assertThat(gateway.get("/api/casework/children/" + laChildId, "eh.worker").status()).isEqualTo(403);

        // 6. the measures
        Map<String, JsonNode> march = measures.when("2026-03",
                page -> numerator(page, "cin-plan-count") > numerator(marchBefore, "cin-plan-count"));
        assertThat(numerator(march, "cin-plan-count")).as("on a plan at the end of March").isEqualTo(numerator(marchBefore, "cin-plan-count") + 1);
        assertThat(numerator(march, "cin-count")).isEqualTo(numerator(marchBefore, "cin-count") + 1);
        Map<String, JsonNode> may = measures.when("2026-05",
                page -> numerator(page, "step-downs-to-early-help") > numerator(mayBefore, "step-downs-to-early-help"));
        assertThat(numerator(may, "step-downs-to-early-help")).isEqualTo(numerator(mayBefore, "step-downs-to-early-help") + 1);
        assertThat(numerator(may, "early-help-open")).as("open to Early Help at the end of May")
                .isEqualTo(numerator(mayBefore, "early-help-open") + 1);
        assertThat(numerator(may, "all-open-cases")).as("once, though in need and in Early Help in the month")
                .isEqualTo(numerator(mayBefore, "all-open-cases") + 1);
        Map<String, JsonNode> june = measures.when("2026-06",
                page -> numerator(page, "step-ups-to-social-care") > numerator(juneBefore, "step-ups-to-social-care"));
        assertThat(numerator(june, "step-ups-to-social-care")).isEqualTo(numerator(juneBefore, "step-ups-to-social-care") + 1);
        assertThat(numerator(june, "re-referral-rate")).as("the June referral is a re-referral")
                .isEqualTo(numerator(juneBefore, "re-referral-rate") + 1);
        assertThat(numerator(june, "contacts-to-referral")).isEqualTo(numerator(juneBefore, "contacts-to-referral") + 1);
    }

    private static List<JsonNode> openEpisodes(JsonNode child) {
        List<JsonNode> open = new ArrayList<>();
        child.path("openEpisodes").forEach(open::add);
        return open;
    }
}
