package org.caseflow.workflow.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** assessment.bpmn on the real engine: allocation, the assessment due in 45 working days (rule T3), its authorisation by a manager, escalation, outcomes. */
@WorkflowIntegrationTest
class AssessmentProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    Outbox outbox;

    @BeforeEach
    void useThisEngine() {
        init(engine);
    }

    @ParameterizedTest(name = "referral {0} -> at risk from {1}, due by the end of {2}")
    @CsvSource({
            "2025-12-22, 2026-02-12, 2026-02-26", // Christmas, Boxing Day and New Year's Day skipped
            "2025-03-03, 2025-04-23, 2025-05-08", // Good Friday, Easter Monday and the early May bank holiday skipped
            "2024-01-31, 2024-03-20, 2024-04-05", // across 29 February 2024 and Easter 2024 (29 March, 1 April)
            "2025-12-20, 2026-02-11, 2026-02-25"  // a referral on a Saturday: Monday is day 1
    })
    void theAssessmentIsDue45WorkingDaysAfterTheReferral(String referralDate, LocalDate atRisk, LocalDate due) {
        ProcessInstance referral = referralReceived(referralDate);
        allocate(referral, "north.worker", referralDate);

        Task assessment = task(referral, "CompleteAssessment");
        assertThat(assessment).isAssignedTo("north.worker");
        assertThat(tasks.getIdentityLinksForTask(assessment.getId()))
                .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("team-north"));
        assertThat(assessment.getDueDate()).isEqualTo(StatutoryClocks.endOf(due));
        assertThat(assessment.getFollowUpDate()).isEqualTo(StatutoryClocks.startOf(atRisk));
        assertThat(management.createJobQuery().processInstanceId(referral.getId()).activityId("Timer_AssessmentDue45WD")
                .singleResult().getDuedate()).isEqualTo(StatutoryClocks.endOf(due));
    }

    @Test
    void theTeamManagerAllocatesOneOfTheTeamsSocialWorkers() {
        ProcessInstance referral = referralReceived("2025-12-22");

        assertThat(referral).isWaitingAt("AllocateSocialWorker");
        Task allocation = task(referral, "AllocateSocialWorker");
        assertThat(allocation).hasCandidateGroup("team-north-managers");
        SpinJsonNode offered = tasks.getVariableLocalTyped(allocation.getId(), "teamWorkers").getValue() instanceof SpinJsonNode json
                ? json : null;
        assertThat(offered).as("the choices, as Spin JSON").isNotNull();
        assertThat(offered.elements()).extracting(choice -> choice.prop("value").stringValue()).containsExactly("north.worker");

        assertThatThrownBy(() -> allocate(referral, "south.worker", "2025-12-23"))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("not a social worker in team-north");
        allocate(referral, "north.worker", "2025-12-23");
        assertThat(referral).isWaitingAt("CompleteAssessment");
        assertThat(outbox.typesOf(referral.getId())).containsExactly("ReferralReceived", "SocialWorkerAllocated");
        assertThat(outbox.eventsOf(referral.getId()).get(1)).containsEntry("worker", null)
                .containsEntry("occurred_on", java.sql.Date.valueOf("2025-12-23"));
    }

    @Test
    void anAssessmentAuthorisedInTimeIsPublishedWithItsDates() {
        ProcessInstance referral = referralReceived("2025-12-22");
        allocate(referral, "north.worker", "2025-12-23");

        complete(referral, "2026-01-05", "2026-02-26", "NO_FURTHER_ACTION", null);

        assertThat(referral).isEnded().hasPassed("CaseClosedNoFurtherAction");
        assertThat(outbox.typesOf(referral.getId())).containsExactly("ReferralReceived", "SocialWorkerAllocated", "AssessmentSubmitted",
                "AssessmentAuthorisationDecided", "AssessmentCompleted");
        Map<String, Object> completed = outbox.eventsOf(referral.getId()).get(4);
        assertThat(completed).containsEntry("type", "AssessmentCompleted")
                .containsEntry("occurred_on", java.sql.Date.valueOf("2026-02-26"))
                .containsEntry("due_on", java.sql.Date.valueOf("2026-02-26"))
                .containsEntry("team", "team-north");
        assertThat((String) completed.get("data")).contains("\"assessmentStartDate\": \"2026-01-05\"");
    }

    @Test
    void aLateAssessmentMustSayWhy() {
        ProcessInstance referral = referralReceived("2025-12-22");
        allocate(referral, "north.worker", "2025-12-23");

        submit(referral, "2026-01-05", "2026-02-27", "CHILD_IN_NEED_PLAN");
        assertThatThrownBy(() -> authorise(referral, "AUTHORISE", "2026-02-27", null))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("why");
        authorise(referral, "AUTHORISE", "2026-02-27", "Father could not be seen until late February.");

        assertThat(referral).hasPassed("CompleteAssessment", "AuthoriseAssessment").isWaitingAt("ChildInNeedPlan");
    }

    @Test
    void datesMustFollowEachOther() {
        ProcessInstance referral = referralReceived("2025-12-22");
        allocate(referral, "north.worker", "2025-12-23");

        assertThatThrownBy(() -> complete(referral, "2025-12-19", "2026-01-20", "NO_FURTHER_ACTION", null))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("referral date");
        assertThatThrownBy(() -> complete(referral, "2026-01-20", "2026-01-19", "NO_FURTHER_ACTION", null))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("start date");
        assertThat(referral).isWaitingAt("CompleteAssessment");
    }

    @Test
    void aMissedDeadlineEscalatesToTheTeamsManagersWhileTheWorkGoesOn() {
        ProcessInstance referral = referralReceived("2025-12-22");

        management.executeJob(management.createJobQuery().processInstanceId(referral.getId())
                .activityId("Timer_AssessmentDue45WD").singleResult().getId());

        assertThat(referral).isWaitingAt("AllocateSocialWorker", "ReviewOverdueAssessment");
        assertThat(task(referral, "ReviewOverdueAssessment")).hasCandidateGroup("team-north-managers");
        assertThat(outbox.typesOf(referral.getId())).containsExactly("ReferralReceived", "AssessmentOverdue");
        assertThat((String) outbox.eventsOf(referral.getId()).get(1).get("data")).contains("\"timescale\": \"T3\"");

        allocate(referral, "north.worker", "2026-02-27");
        assertThat(referral).isWaitingAt("CompleteAssessment", "ReviewOverdueAssessment");
    }

    @Test
    void anAssessmentAuthorisedOnItsDueDayButTypedAfterItsEscalationClosesTheEscalation() {
        ProcessInstance referral = referralReceived("2025-12-22");
        allocate(referral, "north.worker", "2025-12-23");
        management.executeJob(management.createJobQuery().processInstanceId(referral.getId())
                .activityId("Timer_AssessmentDue45WD").singleResult().getId());
        assertThat(referral).isWaitingAt("CompleteAssessment", "ReviewOverdueAssessment");

        // authorised on Thursday 26 February 2026, working day 45, and typed the week after
        complete(referral, "2026-01-05", "2026-02-26", "CHILD_IN_NEED_PLAN", null);

        assertThat(referral).hasPassed("EscalationClosedRecordedInTime").hasNotPassed("OverdueAssessmentReviewed")
                .isWaitingAt("ChildInNeedPlan");
        assertThat(outbox.typesOf(referral.getId())).contains("AssessmentCompleted", "RecordedInTime");
        assertThat(outbox.eventsOf(referral.getId())).filteredOn(event -> "RecordedInTime".equals(event.get("type"))).singleElement()
                .satisfies(event -> assertThat(event).containsEntry("team", "team-north")
                        .containsEntry("occurred_on", java.sql.Date.valueOf("2026-02-26")));
    }

    @Test
    void anAssessmentAuthorisedADayLateLeavesTheEscalationWithTheManagers() {
        ProcessInstance referral = referralReceived("2025-12-22");
        allocate(referral, "north.worker", "2025-12-23");
        management.executeJob(management.createJobQuery().processInstanceId(referral.getId())
                .activityId("Timer_AssessmentDue45WD").singleResult().getId());

        complete(referral, "2026-01-05", "2026-02-27", "CHILD_IN_NEED_PLAN", "The family was away.");

        assertThat(referral).isWaitingAt("ReviewOverdueAssessment");
        assertThat(outbox.typesOf(referral.getId())).doesNotContain("RecordedInTime");
    }

    @ParameterizedTest(name = "{0} ends at {1}")
    @CsvSource({
            "NO_FURTHER_ACTION, CaseClosedNoFurtherAction",
            "STEP_DOWN_TO_EARLY_HELP, HandOff_StepDownToEarlyHelp"})
    void eachOutcomeEndsWhereItSays(String outcome, String end) {
        ProcessInstance referral = referralReceived("2025-12-22");
        allocate(referral, "north.worker", "2025-12-23");

        complete(referral, "2026-01-05", "2026-02-02", outcome, null);

        assertThat(referral).isEnded().hasPassed(end);
    }

    @Test
    void anAssessmentThatConcludesAStrategyDiscussionIsNeededStartsChildProtectionFromTheDayItWasAuthorised() {
        ProcessInstance referral = referralReceived("2025-12-22");
        allocate(referral, "north.worker", "2025-12-23");

        complete(referral, "2026-01-05", "2026-02-02", "STRATEGY_DISCUSSION", null);

        assertThat(referral).isWaitingAt("ChildProtection");
        ProcessInstance childProtection = org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests
                .calledProcessInstance("child-protection", referral);
        assertThat(childProtection).isWaitingAt("HoldStrategyDiscussion").variables()
                .containsEntry("strategyRequestedOn", "2026-02-02").containsEntry("strategyDueOn", "2026-02-03");
    }

    @Test
    void aChildInNeedPlanStartsTheDayTheAssessmentWasAuthorisedLedByItsSocialWorker() {
        ProcessInstance referral = referralReceived("2025-12-22");
        allocate(referral, "north.worker", "2025-12-23");

        complete(referral, "2026-01-05", "2026-02-02", "CHILD_IN_NEED_PLAN", null);

        ProcessInstance plan = org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance("cin-plan", referral);
        assertThat(plan).variables().containsEntry("cinPlanStartDate", "2026-02-02").containsEntry("cinPlanOrigin", "ASSESSMENT")
                .containsEntry("cinLeadWorker", "north.worker");
        assertThat(tasks.createTaskQuery().processInstanceId(plan.getId()).taskDefinitionKey("RecordCinVisit").singleResult())
                .isAssignedTo("north.worker");
    }

    @Test
    void anAssessmentThatStepsDownAsksEarlyHelpForAnEpisode() {
        ProcessInstance referral = referralReceived("2025-12-22");
        allocate(referral, "north.worker", "2025-12-23");

        complete(referral, "2026-01-05", "2026-02-02", "STEP_DOWN_TO_EARLY_HELP", null);

        assertThat(referral).isEnded();
        ProcessInstance episode = runtime.createProcessInstanceQuery().processDefinitionKey("early-help")
                .variableValueEquals("ehSteppedDownFrom", referral.getBusinessKey()).singleResult();
        assertThat(episode).isWaitingAt("AcceptTransfer").variables().containsEntry("ehOrigin", "ASSESSMENT_STEP_DOWN")
                .containsEntry("ehStartDate", "2026-02-02").containsEntry("childGivenName", "Amy")
                .containsEntry("stepDownOutcomes", "Attends school every day.")
                .doesNotContainKeys("assessmentSummary", "referralId");
    }

    @Test
    void theTeamManagerAuthorisesTheAssessmentWithTheirDirectionOrSendsItBackForMoreWork() {
        ProcessInstance referral = referralReceived("2025-12-22");
        allocate(referral, "north.worker", "2025-12-23");
        submit(referral, "2026-01-05", "2026-02-02", "CHILD_IN_NEED_PLAN");

        Task authorisation = task(referral, "AuthoriseAssessment");
        assertThat(authorisation).hasCandidateGroup("team-north-managers");
        assertThat(authorisation.getDueDate()).as("still the T3 deadline").isEqualTo(StatutoryClocks.endOf(LocalDate.of(2026, 2, 26)));
        assertThatThrownBy(() -> tasks.complete(authorisation.getId(), withVariables("authorisationDecision", "SEND_BACK",
                "oversightDate", "2026-02-03", "managerDirection", " ")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("direction");
        assertThatThrownBy(() -> authorise(referral, "SEND_BACK", "2026-02-01", null))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("put to you");

        authorise(referral, "SEND_BACK", "2026-02-03", null);

        assertThat(referral).isWaitingAt("CompleteAssessment");
        assertThat(task(referral, "CompleteAssessment")).isAssignedTo("north.worker");
        assertThat(runtime.getVariable(referral.getId(), "assessmentAuthorisedDate")).as("not complete yet").isNull();
        Map<String, Object> sentBack = outbox.eventsOf(referral.getId()).get(3);
        assertThat(sentBack).containsEntry("type", "AssessmentAuthorisationDecided")
                .containsEntry("occurred_on", java.sql.Date.valueOf("2026-02-03"));
        assertThat((String) sentBack.get("data")).contains("\"authorisationDecision\": \"SEND_BACK\"",
                "\"oversight\": \"ASSESSMENT_AUTHORISATION\"", "\"oversightDirection\": \"Add the father's views.\"");

        submit(referral, "2026-01-05", "2026-02-10", "CHILD_IN_NEED_PLAN");
        authorise(referral, "AUTHORISE", "2026-02-11", null);

        assertThat(referral).isWaitingAt("ChildInNeedPlan");
        assertThat(outbox.typesOf(referral.getId())).containsExactly("ReferralReceived", "SocialWorkerAllocated", "AssessmentSubmitted",
                "AssessmentAuthorisationDecided", "AssessmentSubmitted", "AssessmentAuthorisationDecided", "AssessmentCompleted");
        Map<String, Object> completed = outbox.eventsOf(referral.getId()).get(6);
        assertThat(completed).containsEntry("occurred_on", java.sql.Date.valueOf("2026-02-11"));
        assertThat((String) completed.get("data")).contains("\"assessmentAuthorisedDate\": \"2026-02-11\"",
                "\"managerDirection\": \"Analysis sound; plan agreed.\"");
        ProcessInstance plan = org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance("cin-plan", referral);
        assertThat(plan).variables().containsEntry("cinPlanStartDate", "2026-02-11");
    }

    @Test
    void aStepDownWithoutItsFocusIsRefused() {
        ProcessInstance referral = referralReceived("2025-12-22");
        allocate(referral, "north.worker", "2025-12-23");

        assertThatThrownBy(() -> tasks.complete(task(referral, "CompleteAssessment").getId(), withVariables(
                "assessmentStartDate", "2026-01-05", "assessmentSubmittedDate", "2026-02-02", "assessmentOutcome", "STEP_DOWN_TO_EARLY_HELP",
                "assessmentSummary", "Needs are below the threshold.", "stepDownNeeds", "Routines at home.", "stepDownLead", "The school")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("outcomes sought");

        assertThat(referral).isWaitingAt("CompleteAssessment");
        assertThat(outbox.typesOf(referral.getId())).doesNotContain("AssessmentSubmitted");
    }

    @Test
    void anAssessmentStartedWithoutAnImmediateStrategyDiscussionStartsNoChildProtection() {
        ProcessInstance referral = referralReceived("2025-12-22");

        assertThat(referral).isWaitingAt("AllocateSocialWorker").hasNotPassed("ImmediateChildProtection");
    }

    private ProcessInstance referralReceived(String referralDate) {
        return runtime.startProcessInstanceByKey("assessment", withVariables(
                "laChildId", "C9000001", "contactId", "CON-900001", "childGivenName", "Amy", "childFamilyName", "Jones",
                "contactSource", "SCHOOL", "referralDate", referralDate, "assessmentTeam", "team-north"));
    }

    private void allocate(ProcessInstance referral, String worker, String date) {
        tasks.complete(task(referral, "AllocateSocialWorker").getId(),
                withVariables("allocatedWorker", worker, "allocationDate", date));
    }

    /** The social worker puts it to the manager on the day it is authorised, and the manager authorises it. */
    private void complete(ProcessInstance referral, String started, String authorised, String outcome, String lateReason) {
        submit(referral, started, authorised, outcome);
        authorise(referral, "AUTHORISE", authorised, lateReason);
    }

    private void submit(ProcessInstance referral, String started, String submitted, String outcome) {
        Map<String, Object> form = new java.util.HashMap<>(Map.of("assessmentStartDate", started,
                "assessmentSubmittedDate", submitted, "assessmentOutcome", outcome,
                "assessmentSummary", "Seen alone at school; views recorded."));
        if (outcome.equals("STEP_DOWN_TO_EARLY_HELP")) {
            form.putAll(Map.of("stepDownNeeds", "Routines at home; school attendance.", "stepDownOutcomes", "Attends school every day.",
                    "stepDownLead", "The school's family support worker"));
        }
        tasks.complete(task(referral, "CompleteAssessment").getId(), form);
    }

    private void authorise(ProcessInstance referral, String decision, String decidedOn, String lateReason) {
        Map<String, Object> form = new java.util.HashMap<>(Map.of("authorisationDecision", decision, "oversightDate", decidedOn,
                "managerDirection", decision.equals("AUTHORISE") ? "Analysis sound; plan agreed." : "Add the father's views."));
        if (lateReason != null) {
            form.put("lateReason", lateReason);
        }
        tasks.complete(task(referral, "AuthoriseAssessment").getId(), form);
    }

    private Task task(ProcessInstance instance, String key) {
        return tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult();
    }
}
