package org.caseflow.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.system.MonthlyMeasures.numerator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A child's child protection pathway, as the front door, the team's manager and its social worker
 * would take it in Tasklist, through the gateway only: contact, immediate strategy discussion,
 * section 47 enquiry, initial conference on its 15th working day, the plan with a visit, a core
 * group and two review conferences, the second ending the plan. Then the chronology and the child
 * protection status as the social worker reads them, and the months' measures as the performance
 * officer reads them.
 */
class ChildProtectionJourneyIT {

    private final Gateway gateway = RunningCaseflow.gateway();
    private final Journeys journeys = new Journeys(gateway);
    private final CaseRecords records = new CaseRecords(gateway, "north.worker");
    private final MonthlyMeasures measures = new MonthlyMeasures(gateway);

    @Test
    void aChildGoesFromContactThroughAPlanToItsEnd() {
        // February and May 2026 are before the demo data's six months: count from what is there now
        Map<String, JsonNode> februaryBefore = measures.of("2026-02");
        Map<String, JsonNode> mayBefore = measures.of("2026-05");

        // 1. a contact on Monday 2 February 2026; the front door asks for an immediate strategy discussion
        Gateway.Response contact = gateway.post("/api/workflow/contacts", "frontdoor.worker", """
                {"child": {"givenName": "Ellis", "familyName": "Pathway", "dateOfBirth": "2019-09-09"},
                 "source": "POLICE", "receivedAt": "2026-02-02T08:40",
                 "reason": "Police called to the home overnight; the child has an injury to the face."}""");
        assertThat(contact.status()).as(contact.body()).isEqualTo(201);
        String laChildId = contact.json().get("laChildId").asText();
        journeys.complete("frontdoor.manager", journeys.task("frontdoor.manager", "DecideOnContact", laChildId), """
                {"contactOutcome": {"value": "STRATEGY_DISCUSSION"}, "decisionDate": {"value": "2026-02-02"},
                 "decisionRationale": {"value": "Reasonable cause to suspect significant harm."},
                 "assessmentTeam": {"value": "team-north"}, "referrerFollowUp": {"value": "TOLD"},
                 "referrerToldHow": {"value": "By phone, to the officer"}, "referrerToldOn": {"value": "2026-02-02"}}""");

        // 2. the team's manager holds it the next day; it decides on a section 47 enquiry
        JsonNode discussion = journeys.task("north.manager", "HoldStrategyDiscussion", laChildId);
        assertThat(discussion.get("due").asText()).as("1 working day, the local default").startsWith("2026-02-03T23:59:59");
        journeys.complete("north.manager", discussion, """
                {"strategyDate": {"value": "2026-02-03"}, "strategyPolice": {"value": true}, "strategyHealth": {"value": true},
                 "strategyEducation": {"value": false}, "concernCategory": {"value": "PHYSICAL_ABUSE"},
                 "strategyDecision": {"value": "SECTION_47"}, "strategyRationale": {"value": "Police and health agree."}}""");

        // 3. the enquiry: the conference is due 15 working days after the discussion, Tuesday 24 February; the
        // social worker puts the outcome to the team's managers, and one endorses it the next day, the clock unchanged
        JsonNode enquiry = journeys.task("north.worker", "CompleteSection47Enquiry", laChildId);
        assertThat(enquiry.get("due").asText()).startsWith("2026-02-24T23:59:59");
        journeys.complete("north.worker", enquiry, """
                {"childSeenDate": {"value": "2026-02-03"}, "s47Outcome": {"value": "CONCERNS_SUBSTANTIATED"},
                 "s47Category": {"value": "PHYSICAL_ABUSE"}, "s47Decision": {"value": "INITIAL_CONFERENCE"},
                 "s47CompletedDate": {"value": "2026-02-16"}}""");
        assertThat(gateway.get("/engine-rest/task?taskDefinitionKey=HoldInitialConference&processVariables=laChildId_eq_" + laChildId,
                "north.manager").json().size()).as("no conference until the outcome is endorsed").isZero();
        JsonNode endorsement = journeys.task("north.manager", "EndorseSection47Outcome", laChildId);
        assertThat(endorsement.get("due").asText()).as("the conference's deadline").startsWith("2026-02-24T23:59:59");
        journeys.complete("north.manager", endorsement, """
                {"s47EndorsementDecision": {"value": "ENDORSE"}, "oversightDate": {"value": "2026-02-17"},
                 "managerDirection": {"value": "Injury unexplained and threshold met: conference agreed."}}""");

        // 4. the conference on its 15th working day decides on a plan, led by the team's social worker
        JsonNode conference = journeys.task("north.manager", "HoldInitialConference", laChildId);
        assertThat(conference.get("due").asText()).startsWith("2026-02-24T23:59:59");
        journeys.complete("north.manager", conference, """
                {"icpcDate": {"value": "2026-02-24"}, "icpcChair": {"value": "Independent chair"},
                 "icpcDecision": {"value": "CHILD_PROTECTION_PLAN"}, "planCategory": {"value": "PHYSICAL_ABUSE"},
                 "leadSocialWorker": {"value": "north.worker"}}""");

        // 5. the plan: a visit, due 10 working days after its start (10 March), made on 2 March with the child seen alone
        JsonNode visit = journeys.task("north.worker", "RecordCpVisit", laChildId);
        assertThat(visit.get("due").asText()).startsWith("2026-03-10T23:59:59");
        assertThat(visit.get("assignee").asText()).isEqualTo("north.worker");
        journeys.complete("north.worker", visit, """
                {"visitDate": {"value": "2026-03-02"}, "childSeen": {"value": true}, "childSeenAlone": {"value": true}}""");
        journeys.complete("north.worker", journeys.task("north.worker", "HoldCoreGroup", laChildId), """
                {"coreGroupDate": {"value": "2026-03-03"}}""");

        JsonNode onThePlan = records.childWhen(laChildId, child -> child.path("childProtection").path("currentPlan").path("lastVisit")
                .path("visitedOn").asText().equals("2026-03-02"));
        JsonNode plan = onThePlan.get("childProtection").get("currentPlan");
        assertThat(onThePlan.get("childProtection").get("onPlan").asBoolean()).isTrue();
        assertThat(plan.get("since").asText()).isEqualTo("2026-02-24");
        assertThat(plan.get("category").asText()).isEqualTo("PHYSICAL_ABUSE");
        assertThat(plan.get("leadSocialWorker").asText()).isEqualTo("north.worker");
        assertThat(plan.get("nextReviewConferenceDueOn").asText()).as("3 months after the conference").isEqualTo("2026-05-24");
        assertThat(plan.get("nextVisitDueOn").asText()).as("10 working days after the visit").isEqualTo("2026-03-16");
        assertThat(plan.get("lastVisit").get("childSeenAlone").asBoolean()).isTrue();

        // 6. the first review conference continues the plan; the second ends it, stepping down to a child in need plan
        journeys.complete("north.manager", journeys.task("north.manager", "HoldReviewConference", laChildId), """
                {"reviewConferenceDate": {"value": "2026-05-20"}, "reviewDecision": {"value": "CONTINUE_PLAN"}}""");
        JsonNode secondReview = journeys.task("north.manager", "HoldReviewConference", laChildId);
        assertThat(secondReview.get("due").asText()).as("6 months after the first").startsWith("2026-11-20T23:59:59");
        journeys.complete("north.manager", secondReview, """
                {"reviewConferenceDate": {"value": "2026-05-28"}, "reviewDecision": {"value": "END_PLAN"},
                 "planEndReason": {"value": "STEP_DOWN_TO_CHILD_IN_NEED"},
                 "managerDirection": {"value": "Risks reduced; child in need plan to continue the work."}}""");
        Gateway.Response openTasks = gateway.get("/engine-rest/task?processVariables=laChildId_eq_" + laChildId
                + "&taskDefinitionKeyIn=RecordCpVisit,HoldCoreGroup,HoldReviewConference", "north.worker");
        assertThat(openTasks.json().size()).as("the plan's work ended with it: " + openTasks.body()).isZero();

        // 7. the case record: off the plan, and every step in the chronology on its business date
        JsonNode afterThePlan = records.childWhen(laChildId, child -> !child.path("childProtection").path("onPlan").asBoolean(true));
        assertThat(afterThePlan.get("childProtection").get("plansEnded").asInt()).isEqualTo(1);
        assertThat(afterThePlan.get("childProtection").get("lastPlanEndedOn").asText()).isEqualTo("2026-05-28");
        List<JsonNode> chronology = records.chronologyWith(laChildId, "StrategyDiscussionHeld", "Section47Submitted",
                "Section47EndorsementDecided", "Section47Completed", "IcpcHeld", "CpPlanStarted", "CpVisitMade", "CoreGroupHeld",
                "ReviewConferenceHeld");
        assertThat(chronology).filteredOn(entry -> entry.get("kind").asText().equals("Section47Completed"))
                .extracting(entry -> entry.get("occurredOn").asText() + " " + entry.get("summary").asText()).singleElement()
                .asString().startsWith("2026-02-17 ").contains("the outcome was endorsed by north.manager on 2026-02-17");
        assertThat(chronology).filteredOn(entry -> entry.get("kind").asText().equals("IcpcHeld"))
                .extracting(entry -> entry.get("occurredOn").asText()).containsExactly("2026-02-24");
        assertThat(chronology).filteredOn(entry -> entry.get("kind").asText().equals("ReviewConferenceHeld"))
                .extracting(entry -> entry.get("occurredOn").asText()).containsExactly("2026-05-20", "2026-05-28");
        assertThat(chronology).extracting(entry -> entry.get("eventId").asText()).as("each event once").doesNotHaveDuplicates();
        Gateway.Response history = gateway.get("/api/casework/children/" + laChildId + "/child-protection", "north.worker");
        assertThat(history.status()).as(history.body()).isEqualTo(200);
        assertThat(history.body()).contains("2026-02-03", "2026-02-24", "STEP_DOWN_TO_CHILD_IN_NEED");
        assertThat(history.json().get("section47Enquiries").get(0).get("endorsedBy").asText()).isEqualTo("north.manager");
        Gateway.Response oversight = gateway.get("/api/casework/children/" + laChildId + "/oversight", "north.worker");
        assertThat(oversight.json().findValuesAsText("point")).contains("SECTION_47_OUTCOME");

        // 8. the measures, as the performance officer reads them
        Map<String, JsonNode> february = measures.when("2026-02", page -> numerator(page, "cp-plans-started") > numerator(februaryBefore, "cp-plans-started"));
        assertThat(numerator(february, "s47-enquiries")).isEqualTo(numerator(februaryBefore, "s47-enquiries") + 1);
        assertThat(february.get("decisions-with-oversight").path("breakdown").path("team-north").asInt())
                .as("the enquiry's outcome, endorsed").isGreaterThanOrEqualTo(februaryBefore.get("decisions-with-oversight")
                        .path("breakdown").path("team-north").asInt() + 1);
        assertThat(numerator(february, "icpcs-held")).isEqualTo(numerator(februaryBefore, "icpcs-held") + 1);
        assertThat(numerator(february, "cp-plans-started")).isEqualTo(numerator(februaryBefore, "cp-plans-started") + 1);
        assertThat(february.get("icpc-in-timescale").get("denominator").asInt())
                .isEqualTo(februaryBefore.get("icpc-in-timescale").get("denominator").asInt() + 1);
        assertThat(february.get("icpc-in-timescale").get("numerator").asInt()).as("held on working day 15: in time")
                .isEqualTo(februaryBefore.get("icpc-in-timescale").get("numerator").asInt() + 1);
        assertThat(numerator(february, "cp-count")).as("on a plan at the end of February")
                .isEqualTo(numerator(februaryBefore, "cp-count") + 1);
        Map<String, JsonNode> may = measures.when("2026-05", page -> numerator(page, "cp-plans-ended") > numerator(mayBefore, "cp-plans-ended"));
        assertThat(numerator(may, "cp-plans-ended")).isEqualTo(numerator(mayBefore, "cp-plans-ended") + 1);
        assertThat(numerator(may, "cp-count")).as("off the plan at the end of May").isEqualTo(numerator(mayBefore, "cp-count"));
    }
}
