package org.caseflow.workflow.lookedafter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.caseflow.workflow.WorkflowIntegrationTest;
import org.caseflow.workflow.journey.Outbox;
import org.caseflow.workflow.timescale.StatutoryClocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * looked-after.bpmn on the real engine: entering care from a plan or directly; the visits of
 * regulation 28 (T12 after every placement's start, T13, T14) and the reviews of regulation 33
 * (T17, T18, T19); a change of placement and an emergency placement's plan (T20); ceasing care
 * stopping every clock.
 */
@WorkflowIntegrationTest
class LookedAfterProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    IdentityService identity;
    @Autowired
    Outbox outbox;

    @BeforeEach
    void useThisEngine() {
        init(engine);
    }

    @AfterEach
    void signOut() {
        identity.clearAuthentication();
    }

    @Test
    void aChildProtectionPlanEndingInCareAsksTheTeamsManagersToRecordTheEntry() {
        ProcessInstance plan = runtime.startProcessInstanceByKey("cp-plan", withVariables("laChildId", "C9000080",
                "referralId", "REF-900080", "childGivenName", "Lena", "childFamilyName", "Care", "assessmentTeam", "team-north",
                "planStartDate", "2025-09-01", "planCategory", "NEGLECT", "leadSocialWorker", "north.worker"));

        tasks.complete(task(plan, "HoldReviewConference").getId(), withVariables("reviewConferenceDate", "2025-11-24",
                "reviewDecision", "END_PLAN", "planEndReason", "BECAME_LOOKED_AFTER"));

        assertThat(plan).isEnded().hasPassed("BecameLookedAfter");
        ProcessInstance care = periodOf("C9000080");
        assertThat(care.getBusinessKey()).matches("LAC-\\d{6}");
        assertThat(care).isWaitingAt("RecordEntryToCare").variables().containsEntry("careEntryRoute", "CP_PLAN")
                .containsEntry("careRequestedOn", "2025-11-24").containsEntry("referralId", "REF-900080")
                .doesNotContainKeys("planCategory", "reviewDecision");
        assertThat(task(care, "RecordEntryToCare")).hasCandidateGroup("team-north-managers");
    }

    @Test
    void enteringCareStartsTheFirstReviewAndVisitClocks() {
        ProcessInstance care = requested("C9000081", "2026-01-05");

        enter(care, "2026-01-05", false, false);

        // T17: 20 working days from Monday 5 January 2026; T12: a week from the placement's start
        assertThat(task(care, "HoldClaReview").getDueDate()).isEqualTo(StatutoryClocks.endOf(LocalDate.of(2026, 2, 2)));
        Task visit = task(care, "RecordClaVisit");
        assertThat(visit.getDueDate()).isEqualTo(StatutoryClocks.endOf(LocalDate.of(2026, 1, 12)));
        assertThat(tasks.getIdentityLinksForTask(visit.getId())).anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("team-cic"));
        assertThat(task(care, "RecordCareCeased")).hasCandidateGroup("team-cic-managers");
        assertThat(care).isWaitingAt("RecordPlacementChange").hasNotPassed("AgreePlacementPlan");
        Map<String, Object> started = outbox.eventsOf(care.getId()).get(0);
        assertThat(started).containsEntry("type", "CareStarted").containsEntry("team", "team-cic")
                .containsEntry("occurred_on", java.sql.Date.valueOf("2026-01-05")).containsEntry("due_on", java.sql.Date.valueOf("2026-02-02"));
        assertThat((String) started.get("data")).contains("\"legalStatus\": \"C2\"", "\"placementType\": \"U6\"",
                "\"placementStartDate\": \"2026-01-05\"", "\"claPeriodId\": \"" + care.getBusinessKey() + "\"");
    }

    @Test
    void theEntryNamesAChildrenInCareTeamAndAPostcodeDistrictOnly() {
        ProcessInstance care = requested("C9000082", "2026-01-05");
        Map<String, Object> entry = entry("2026-01-05", false, false);
        entry.put("careTeam", "team-north");
        assertThatThrownBy(() -> tasks.complete(task(care, "RecordEntryToCare").getId(), entry))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("children in care teams");
        Map<String, Object> address = entry("2026-01-05", false, false);
        address.put("placementPostcodeDistrict", "SE9 4RT");
        assertThatThrownBy(() -> tasks.complete(task(care, "RecordEntryToCare").getId(), address))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("district only");
        assertThat(care).isWaitingAt("RecordEntryToCare");
    }

    @Test
    void visitsFollowTheLastOneSeenAndReviewsTheLastOneHeld() {
        ProcessInstance care = requested("C9000083", "2026-01-05");
        enter(care, "2026-01-05", false, false);

        visit(care, "2026-01-09");
        assertThat(task(care, "RecordClaVisit").getDueDate()).as("6 weeks in the placement's first year (T13)")
                .isEqualTo(StatutoryClocks.endOf(LocalDate.of(2026, 2, 20)));
        review(care, "2026-01-30");
        assertThat(task(care, "HoldClaReview").getDueDate()).as("the second within 3 months (T18)")
                .isEqualTo(StatutoryClocks.endOf(LocalDate.of(2026, 4, 30)));
        review(care, "2026-04-20");
        assertThat(task(care, "HoldClaReview").getDueDate()).as("then every 6 months (T19)")
                .isEqualTo(StatutoryClocks.endOf(LocalDate.of(2026, 10, 20)));
        assertThat(outbox.typesOf(care.getId())).containsSubsequence("CareStarted", "ClaVisitMade", "ClaVisitDue", "ClaReviewHeld",
                "ClaReviewDue", "ClaReviewHeld", "ClaReviewDue");
    }

    @Test
    void aSecondReviewCanFallDueOn29February() {
        ProcessInstance care = requested("C9000084", "2023-11-01");
        enter(care, "2023-11-01", false, false);

        review(care, "2023-11-29");

        assertThat(task(care, "HoldClaReview").getDueDate()).isEqualTo(StatutoryClocks.endOf(LocalDate.of(2024, 2, 29)));
    }

    @Test
    void aChangeOfPlacementStartsItsOwnVisitClockAndAnEmergencyOneItsPlan() {
        ProcessInstance care = requested("C9000085", "2026-01-05");
        enter(care, "2026-01-05", false, false);
        visit(care, "2026-01-09");

        Map<String, Object> move = placement("2026-02-10", "K2", "PR4", true);
        move.put("placementChangeReason", "CARPL");
        tasks.complete(task(care, "RecordPlacementChange").getId(), move);

        assertThat(task(care, "RecordClaVisit").getDueDate()).as("within a week of the new placement (T12)")
                .isEqualTo(StatutoryClocks.endOf(LocalDate.of(2026, 2, 17)));
        assertThat(task(care, "AgreePlacementPlan").getDueDate()).as("5 working days (T20)")
                .isEqualTo(StatutoryClocks.endOf(LocalDate.of(2026, 2, 17)));
        assertThat(care).isWaitingAt("RecordPlacementChange");
        List<Map<String, Object>> events = outbox.eventsOf(care.getId());
        Map<String, Object> changed = events.stream().filter(event -> "PlacementChanged".equals(event.get("type"))).findFirst().orElseThrow();
        assertThat(changed).containsEntry("due_on", java.sql.Date.valueOf("2026-02-17"));
        assertThat((String) changed.get("data")).contains("\"placementChangeReason\": \"CARPL\"", "\"placementType\": \"K2\"");
        assertThat(events).extracting(event -> event.get("type")).endsWith("PlacementChanged", "ClaVisitDue");

        Map<String, Object> backdated = placement("2026-01-04", "U6", "PR1", false);
        backdated.put("placementChangeReason", "CARPL");
        assertThatThrownBy(() -> tasks.complete(task(care, "RecordPlacementChange").getId(), backdated))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("current placement");
    }

    @Test
    void aMissedVisitEscalatesToTheCareTeamsManagers() {
        ProcessInstance care = requested("C9000086", "2026-01-05");
        enter(care, "2026-01-05", false, false);

        management.executeJob(management.createJobQuery().processInstanceId(care.getId()).activityId("Timer_ClaVisitDue").singleResult().getId());

        assertThat(task(care, "ReviewOverdueClaVisit")).hasCandidateGroup("team-cic-managers");
        assertThat((String) outbox.eventsOf(care.getId()).stream().filter(event -> "ClaVisitOverdue".equals(event.get("type")))
                .findFirst().orElseThrow().get("data")).contains("\"timescale\": \"T12\"");
    }

    @Test
    void ceasingCareStopsEveryClock() {
        ProcessInstance care = requested("C9000087", "2026-01-05");
        enter(care, "2026-01-05", true, true);

        tasks.complete(task(care, "RecordCareCeased").getId(), withVariables("careCeasedDate", "2026-03-02", "reasonCeased", "E45"));

        assertThat(care).isEnded().hasPassed("CareCeased", "PeriodOfCareEnded");
        assertThat(management.createJobQuery().processInstanceId(care.getId()).count()).isZero();
        assertThat(tasks.createTaskQuery().processInstanceId(care.getId()).count()).isZero();
        assertThat((String) outbox.eventsOf(care.getId()).stream().filter(event -> "CareCeased".equals(event.get("type")))
                .findFirst().orElseThrow().get("data")).contains("\"reasonCeased\": \"E45\"");
    }

    @Test
    void aManagerRecordsADirectEntryAndThenTheEntryThemselves() {
        identity.setAuthentication("north.manager", List.of("team-north", "team-north-managers", "team-managers"));
        ProcessInstance care = runtime.startProcessInstanceByKey("looked-after", withVariables("childGivenName", "Yusuf",
                "childFamilyName", "Arrived", "childDateOfBirth", "2010-06-06", "careEntryRoute", "UNACCOMPANIED_CHILD",
                "careRequestedOn", "2026-01-05"));
        identity.clearAuthentication();

        assertThat((String) runtime.getVariable(care.getId(), "laChildId")).as("a child new to the council").matches("C\\d{7}");
        Task entry = task(care, "RecordEntryToCare");
        assertThat(entry).isAssignedTo("north.manager");
        assertThat(tasks.getIdentityLinksForTask(entry.getId())).anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("team-managers"));
        tasks.complete(entry.getId(), entry("2026-01-05", false, false));
        assertThat(outbox.typesOf(care.getId())).startsWith("CareStarted");
    }

    @Test
    void aChildAlreadyLookedAfterCannotStartASecondPeriodOfCareUntilTheFirstEnds() {
        ProcessInstance first = requested("C9000089", "2026-01-05");
        enter(first, "2026-01-05", false, false);

        assertThatThrownBy(() -> requested("C9000089", "2026-02-02")).hasMessageContaining("already looked after");
        assertThatThrownBy(() -> runtime.startProcessInstanceByKey("looked-after", withVariables("laChildId", "C9000089",
                "childGivenName", "Mia", "childFamilyName", "Looked", "childDateOfBirth", "2014-04-04",
                "careEntryRoute", "POLICE_PROTECTION", "careRequestedOn", "2026-02-02"))).hasMessageContaining("already looked after");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("looked-after").variableValueEquals("laChildId", "C9000089")
                .count()).as("nothing started").isEqualTo(1);

        tasks.complete(task(first, "RecordCareCeased").getId(), withVariables("careCeasedDate", "2026-03-02", "reasonCeased", "E45"));
        ProcessInstance second = requested("C9000089", "2026-04-01");
        assertThat(second).as("a child who returns to care starts a new period").isWaitingAt("RecordEntryToCare");
    }

    @Test
    void anAssessmentConcludingTheChildBeLookedAfterAsksForTheEntry() {
        ProcessInstance referral = runtime.startProcessInstanceByKey("assessment", withVariables("laChildId", "C9000088",
                "contactId", "CON-900088", "childGivenName", "Ada", "childFamilyName", "Assessed", "contactSource", "POLICE",
                "referralDate", "2025-12-01", "assessmentTeam", "team-south"));
        tasks.complete(task(referral, "AllocateSocialWorker").getId(), withVariables("allocatedWorker", "south.worker", "allocationDate", "2025-12-01"));
        tasks.complete(task(referral, "CompleteAssessment").getId(), withVariables("assessmentStartDate", "2025-12-01",
                "assessmentSubmittedDate", "2025-12-19", "assessmentOutcome", "LOOKED_AFTER", "assessmentSummary", "Parents cannot care for her."));
        tasks.complete(task(referral, "AuthoriseAssessment").getId(), withVariables("authorisationDecision", "AUTHORISE",
                "oversightDate", "2025-12-19", "managerDirection", "Agreed: she is to be looked after."));

        assertThat(referral).isEnded().hasPassed("HandOff_LookedAfter");
        assertThat(periodOf("C9000088")).isWaitingAt("RecordEntryToCare").variables().containsEntry("careEntryRoute", "ASSESSMENT")
                .containsEntry("careRequestedOn", "2025-12-19");
    }

    private ProcessInstance requested(String laChildId, String requestedOn) {
        runtime.createMessageCorrelation("CareRequested").setVariables(withVariables("laChildId", laChildId, "referralId", "REF-" + laChildId,
                "childGivenName", "Mia", "childFamilyName", "Looked", "childDateOfBirth", "2014-04-04", "assessmentTeam", "team-north",
                "careEntryRoute", "CP_PLAN", "careRequestedOn", requestedOn)).correlateStartMessage();
        return periodOf(laChildId);
    }

    private ProcessInstance periodOf(String laChildId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey("looked-after").variableValueEquals("laChildId", laChildId)
                .singleResult();
    }

    private Map<String, Object> placement(String startsOn, String type, String provider, boolean emergency) {
        return new HashMap<>(Map.of("placementStartDate", startsOn, "placementType", type, "placementProvider", provider,
                "placementPostcodeDistrict", "SE9", "placementUntilEighteen", false, "placementEmergency", emergency));
    }

    private Map<String, Object> entry(String startsOn, boolean untilEighteen, boolean emergency) {
        Map<String, Object> entry = new HashMap<>(Map.of("careStartDate", startsOn, "legalStatus", "C2", "categoryOfNeed", "N1",
                "careTeam", "team-cic", "placementType", "U6", "placementProvider", "PR1", "placementPostcodeDistrict", "SE9",
                "placementUntilEighteen", untilEighteen, "placementEmergency", emergency));
        return entry;
    }

    private void enter(ProcessInstance care, String startsOn, boolean untilEighteen, boolean emergency) {
        tasks.complete(task(care, "RecordEntryToCare").getId(), entry(startsOn, untilEighteen, emergency));
    }

    private void visit(ProcessInstance care, String date) {
        tasks.complete(task(care, "RecordClaVisit").getId(), withVariables("claVisitDate", date, "claChildSeen", true, "claChildSeenAlone", true));
    }

    private void review(ProcessInstance care, String date) {
        tasks.complete(task(care, "HoldClaReview").getId(), withVariables("claReviewDate", date, "independentReviewingOfficer", "J. Reviewer"));
    }

    private Task task(ProcessInstance instance, String key) {
        List<Task> found = tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).list();
        assertThat(found).as(key).hasSize(1);
        return found.get(0);
    }
}
