package org.caseflow.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.system.MonthlyMeasures.denominator;
import static org.caseflow.system.MonthlyMeasures.numerator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A child's period of care, through the gateway only: a child protection plan whose review
 * conference decides the child must be looked after, the entry to care recorded by the team's
 * manager, the children in care team's visits and reviews, a change of placement, and the child
 * returning home. Then the chronology and the looked-after history as the care team reads them,
 * and the months' measures as the performance officer reads them.
 */
class LookedAfterJourneyIT {

    private final Gateway gateway = RunningCaseflow.gateway();
    private final Journeys journeys = new Journeys(gateway);
    private final CaseRecords records = new CaseRecords(gateway, "cic.worker");
    private final MonthlyMeasures measures = new MonthlyMeasures(gateway);

    @Test
    void aChildOnAPlanComesIntoCareMovesPlacementAndReturnsHome() {
        // April to August 2026 are in the demo data's months: count from what is there now
        Map<String, JsonNode> aprilBefore = measures.of("2026-04");
        Map<String, JsonNode> mayBefore = measures.of("2026-05");
        Map<String, JsonNode> augustBefore = measures.of("2026-08");

        // 1. on a child protection plan from Friday 20 March 2026, led by team North
        String laChildId = journeys.onChildProtectionPlan("Robin", "2026-03-02", "2026-03-20");

        // 2. the review conference on 27 April decides the child must be looked after; the team's manager records the entry
        journeys.complete("north.manager", journeys.task("north.manager", "HoldReviewConference", laChildId), """
                {"reviewConferenceDate": {"value": "2026-04-27"}, "reviewDecision": {"value": "END_PLAN"},
                 "planEndReason": {"value": "BECAME_LOOKED_AFTER"}}""");
        journeys.complete("north.manager", journeys.task("north.manager", "RecordEntryToCare", laChildId), """
                {"careStartDate": {"value": "2026-04-27"}, "legalStatus": {"value": "C2"}, "categoryOfNeed": {"value": "N1"},
                 "careTeam": {"value": "team-cic"}, "placementType": {"value": "U6"}, "placementProvider": {"value": "PR1"},
                 "placementPostcodeDistrict": {"value": "SE9"}, "placementUntilEighteen": {"value": false},
                 "placementEmergency": {"value": false}}""");

        // 3. the children in care team: a visit within a week of the placement (T12), the first review within 20 working days (T17)
        JsonNode firstVisit = journeys.task("cic.worker", "RecordClaVisit", laChildId);
        assertThat(firstVisit.get("due").asText()).as("a week from the placement's start").startsWith("2026-05-04T23:59:59");
        journeys.complete("cic.worker", firstVisit, visitOn("2026-04-30"));
        JsonNode firstReview = journeys.task("cic.worker", "HoldClaReview", laChildId);
        assertThat(firstReview.get("due").asText()).as("20 working days, past both May bank holidays").startsWith("2026-05-27T23:59:59");
        journeys.complete("cic.worker", firstReview, """
                {"claReviewDate": {"value": "2026-05-20"}, "independentReviewingOfficer": {"value": "Jo Independent"}}""");

        // 4. a planned move to a children's home on 18 May: its own visit within a week
        journeys.complete("cic.worker", journeys.task("cic.worker", "RecordPlacementChange", laChildId), """
                {"placementStartDate": {"value": "2026-05-18"}, "placementChangeReason": {"value": "CARPL"},
                 "placementType": {"value": "K2"}, "placementProvider": {"value": "PR4"}, "placementPostcodeDistrict": {"value": "SE18"},
                 "placementUntilEighteen": {"value": false}, "placementEmergency": {"value": false}}""");
        JsonNode visitAfterTheMove = journeys.task("cic.worker", "RecordClaVisit", laChildId);
        assertThat(visitAfterTheMove.get("due").asText()).as("a week from the new placement's start").startsWith("2026-05-25T23:59:59");
        journeys.complete("cic.worker", visitAfterTheMove, visitOn("2026-05-21"));

        // 5. the child returns home as planned on 10 August: every clock stops
        journeys.complete("cic.manager", journeys.task("cic.manager", "RecordCareCeased", laChildId), """
                {"careCeasedDate": {"value": "2026-08-10"}, "reasonCeased": {"value": "E4A"}}""");
        Gateway.Response openTasks = gateway.get("/engine-rest/task?processVariables=laChildId_eq_" + laChildId
                + "&taskDefinitionKeyIn=RecordClaVisit,HoldClaReview,RecordPlacementChange", "cic.worker");
        assertThat(openTasks.json().size()).as("the period's work ended with it: " + openTasks.body()).isZero();

        // 6. the case record: the period with both placements, and every step in the chronology on its business date
        records.childWhen(laChildId, child -> child.path("lookedAfter").path("periodsEnded").asInt() == 1);
        List<JsonNode> chronology = records.chronologyWith(laChildId, "CpPlanStarted", "ReviewConferenceHeld", "CareStarted",
                "ClaVisitMade", "ClaReviewHeld", "PlacementChanged", "CareCeased");
        assertThat(chronology).filteredOn(entry -> entry.get("kind").asText().equals("ClaVisitMade"))
                .extracting(entry -> entry.get("occurredOn").asText()).containsExactly("2026-04-30", "2026-05-21");
        assertThat(chronology).filteredOn(entry -> entry.get("kind").asText().equals("CareCeased"))
                .extracting(entry -> entry.get("occurredOn").asText()).containsExactly("2026-08-10");
        assertThat(chronology).extracting(entry -> entry.get("eventId").asText()).as("each event once").doesNotHaveDuplicates();
        Gateway.Response history = gateway.get("/api/casework/children/" + laChildId + "/looked-after", "cic.worker");
        assertThat(history.status()).as(history.body()).isEqualTo(200);
        assertThat(history.body()).contains("2026-04-27", "C2", "U6", "K2", "CARPL", "Jo Independent", "2026-08-10", "E4A");

        // 7. the measures: in care at the end of April and May, entered in April, seen and reviewed in time in May, left in August
        Map<String, JsonNode> april = measures.when("2026-04",
                page -> numerator(page, "entering-care") > numerator(aprilBefore, "entering-care"));
        assertThat(numerator(april, "entering-care")).isEqualTo(numerator(aprilBefore, "entering-care") + 1);
        assertThat(numerator(april, "cla-count")).as("looked after at the end of April").isEqualTo(numerator(aprilBefore, "cla-count") + 1);
        // the children the figure counted, not the figure: another test's plans may still be reaching the KPI service
        Gateway.Response onAPlanInApril = gateway.get("/report/measures/cp-count/children?month=2026-04", "admin");
        assertThat(onAPlanInApril.status()).as(onAPlanInApril.body()).isEqualTo(200);
        assertThat(onAPlanInApril.body()).as("no longer on a plan at the end of April").doesNotContain(laChildId);
        assertThat(gateway.get("/report/measures/cp-count/children?month=2026-03", "admin").body())
                .as("on the plan at the end of March, so the list would name the child").contains(laChildId);
        Map<String, JsonNode> may = measures.when("2026-05",
                page -> numerator(page, "cla-reviews-in-timescale") > numerator(mayBefore, "cla-reviews-in-timescale"));
        assertThat(numerator(may, "cla-reviews-in-timescale")).isEqualTo(numerator(mayBefore, "cla-reviews-in-timescale") + 1);
        assertThat(denominator(may, "cla-reviews-in-timescale")).isEqualTo(denominator(mayBefore, "cla-reviews-in-timescale") + 1);
        assertThat(numerator(may, "cla-visits-in-timescale")).as("the visit after the move, in time")
                .isGreaterThan(numerator(mayBefore, "cla-visits-in-timescale"));
        assertThat(numerator(may, "cla-count")).isEqualTo(numerator(mayBefore, "cla-count") + 1);
        Map<String, JsonNode> august = measures.when("2026-08",
                page -> numerator(page, "ceased-care") > numerator(augustBefore, "ceased-care"));
        assertThat(numerator(august, "ceased-care")).isEqualTo(numerator(augustBefore, "ceased-care") + 1);
        assertThat(numerator(august, "cla-count")).as("home by the end of August").isEqualTo(numerator(augustBefore, "cla-count"));
    }

    private static String visitOn(String date) {
        return """
                {"claVisitDate": {"value": "%s"}, "claChildSeen": {"value": true}, "claChildSeenAlone": {"value": true}}""".formatted(date);
    }
}
