package org.caseflow.workflow.cinplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.util.HashMap;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * cin-plan.bpmn on the real engine: visits every 20 working days from the last one in which the
 * child was seen (local rule T11), reviews every 3 months (local rule T23), escalations that leave
 * the clocks running, and the end of the plan sending the child where the review says.
 */
@WorkflowIntegrationTest
class CinPlanProcessTest {

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

    @ParameterizedTest(name = "a plan started {0}: first visit due {1}, first review due {2}")
    @CsvSource({
            "2025-12-15, 2026-01-15, 2026-03-15", // Christmas, Boxing Day and New Year's Day not working days
            "2024-03-08, 2024-04-09, 2024-06-08", // Good Friday and Easter Monday 2024 skipped
            "2023-11-30, 2024-01-02, 2024-02-29"  // Christmas 2023 and New Year's Day; 3 months in a leap year: 29 February
    })
    void aPlanStartsItsVisitAndReviewClocksFromTheDecisionThatMadeIt(String start, LocalDate visitDue, LocalDate reviewDue) {
        ProcessInstance plan = planStarted(start);

        assertThat(plan.getBusinessKey()).matches("CIN-\\d{6}");
        Task visit = task(plan, "RecordCinVisit");
        assertThat(visit).isAssignedTo("north.worker");
        assertThat(tasks.getIdentityLinksForTask(visit.getId())).anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("team-north"));
        assertThat(visit.getDueDate()).isEqualTo(StatutoryClocks.endOf(visitDue));
        Task review = task(plan, "HoldCinReview");
        assertThat(review).hasCandidateGroup("team-north-managers");
        assertThat(review.getDueDate()).isEqualTo(StatutoryClocks.endOf(reviewDue));
        Map<String, Object> started = outbox.eventsOf(plan.getId()).get(0);
        assertThat(started).containsEntry("type", "CinPlanStarted").containsEntry("referral_id", "REF-900040")
                .containsEntry("team", "team-north");
        assertThat((String) started.get("data")).contains("\"cinPlanId\": \"" + plan.getBusinessKey() + "\"",
                "\"cinPlanOrigin\": \"ASSESSMENT\"", "\"cinVisitDueOn\": \"" + visitDue + "\"");
    }

    @Test
    void eachVisitIsDueTheIntervalAfterTheLastOneInWhichTheChildWasSeen() {
        ProcessInstance plan = planStarted("2025-12-15");

        recordVisit(plan, "2026-01-09", true, false);
        assertThat(task(plan, "RecordCinVisit").getDueDate()).isEqualTo(StatutoryClocks.endOf(LocalDate.of(2026, 2, 6)));

        recordVisit(plan, "2026-01-20", false, false);
        assertThat(task(plan, "RecordCinVisit").getDueDate()).as("not seen: still due").isEqualTo(StatutoryClocks.endOf(LocalDate.of(2026, 2, 6)));

        assertThat(outbox.typesOf(plan.getId())).containsExactly("CinPlanStarted", "CinVisitMade", "CinVisitDue", "CinVisitMade");
        assertThat((String) outbox.eventsOf(plan.getId()).get(3).get("data")).contains("\"cinChildSeen\": false");
    }

    @Test
    void aMissedVisitEscalatesOnceAndTheClockGoesOnFromTheVisitActuallyMade() {
        ProcessInstance plan = planStarted("2025-12-15");

        management.executeJob(timer(plan, "Timer_CinVisitDue"));
        assertThat(task(plan, "ReviewOverdueCinVisit")).hasCandidateGroup("team-north-managers");
        recordVisit(plan, "2026-01-20", true, true);

        assertThat(task(plan, "RecordCinVisit").getDueDate()).isEqualTo(StatutoryClocks.endOf(LocalDate.of(2026, 2, 17)));
        assertThat(plan).isWaitingAt("CinVisitDue", "HoldCinReview", "ReviewOverdueCinVisit");
        assertThat(outbox.typesOf(plan.getId())).containsSubsequence("CinVisitOverdue", "CinVisitMade", "CinVisitDue")
                .doesNotContain("RecordedInTime");
    }

    @Test
    void aReviewThatContinuesThePlanMakesTheNextDueFromItsOwnDate() {
        ProcessInstance plan = planStarted("2025-12-15");

        review(plan, "2026-02-27", "CONTINUE_PLAN", null);

        assertThat(task(plan, "HoldCinReview").getDueDate()).isEqualTo(StatutoryClocks.endOf(LocalDate.of(2026, 5, 27)));
        assertThat(outbox.typesOf(plan.getId())).endsWith("CinReviewHeld", "CinReviewDue");
    }

    @Test
    void endingThePlanSaysWhereTheChildGoesAndStopsBothClocks() {
        ProcessInstance plan = planStarted("2025-12-15");
        management.executeJob(timer(plan, "Timer_CinVisitDue"));

        assertThatThrownBy(() -> review(plan, "2026-02-27", "END_PLAN", null))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("reason");
        assertThatThrownBy(() -> tasks.complete(task(plan, "HoldCinReview").getId(), Map.of("cinReviewDate", "2026-02-27",
                "cinReviewDecision", "END_PLAN", "cinPlanEndReason", "NO_FURTHER_ACTION")))
                .as("a closure is a manager's decision, with their direction").isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("direction");
        review(plan, "2026-02-27", "END_PLAN", "NO_FURTHER_ACTION");

        assertThat(plan).isEnded().hasPassed("PlanEndedAtReview", "PlanClosed");
        assertThat((String) outbox.eventsOf(plan.getId()).stream().filter(event -> "CinReviewHeld".equals(event.get("type")))
                .reduce((first, second) -> second).orElseThrow().get("data"))
                .contains("\"oversight\": \"CLOSURE\"", "\"oversightDirection\": \"Plan's outcomes met; agreed with the family.\"");
        assertThat(management.createJobQuery().processInstanceId(plan.getId()).count()).isZero();
    }

    @Test
    void aPlanSteppedDownAsksEarlyHelpForAnEpisode() {
        ProcessInstance plan = planStarted("2025-12-15");

        review(plan, "2026-02-27", "END_PLAN", "STEP_DOWN_TO_EARLY_HELP");

        assertThat(plan).isEnded().hasPassed("SteppedDownToEarlyHelp");
        ProcessInstance episode = runtime.createProcessInstanceQuery().processDefinitionKey("early-help")
                .variableValueEquals("ehSteppedDownFrom", plan.getBusinessKey()).singleResult();
        assertThat(episode).isWaitingAt("AcceptTransfer").variables().containsEntry("ehOrigin", "CIN_PLAN_STEP_DOWN")
                .containsEntry("ehStartDate", "2026-02-27").containsEntry("laChildId", "C9000040");
    }

    @Test
    void aPlanSteppedUpStartsAStrategyDiscussionFromTheReview() {
        ProcessInstance plan = planStarted("2025-12-15");

        review(plan, "2026-02-27", "END_PLAN", "STEP_UP_TO_CHILD_PROTECTION");

        assertThat(plan).isWaitingAt("StepUpToChildProtection");
        ProcessInstance childProtection = calledProcessInstance("child-protection", plan);
        assertThat(childProtection).isWaitingAt("HoldStrategyDiscussion").variables()
                .containsEntry("strategyRequestedOn", "2026-02-27").containsEntry("strategyDueOn", "2026-03-02");
        assertThat(tasks.createTaskQuery().processInstanceId(plan.getId()).count()).as("the plan's work stopped").isZero();
    }

    private ProcessInstance planStarted(String start) {
        return runtime.startProcessInstanceByKey("cin-plan", withVariables(
                "laChildId", "C9000040", "referralId", "REF-900040", "childGivenName", "Cara", "childFamilyName", "Need",
                "assessmentTeam", "team-north", "cinPlanStartDate", start, "cinPlanOrigin", "ASSESSMENT",
                "cinLeadWorker", "north.worker"));
    }

    private void recordVisit(ProcessInstance plan, String date, boolean seen, boolean alone) {
        tasks.complete(task(plan, "RecordCinVisit").getId(),
                withVariables("cinVisitDate", date, "cinChildSeen", seen, "cinChildSeenAlone", alone));
    }

    private void review(ProcessInstance plan, String date, String decision, String endReason) {
        Map<String, Object> form = new HashMap<>(Map.of("cinReviewDate", date, "cinReviewDecision", decision));
        if (endReason != null) {
            form.put("cinPlanEndReason", endReason);
        }
        if ("END_PLAN".equals(decision)) {
            form.put("managerDirection", "Plan's outcomes met; agreed with the family.");
        }
        if ("STEP_DOWN_TO_EARLY_HELP".equals(endReason)) {
            form.putAll(Map.of("stepDownNeeds", "Routines at home.", "stepDownOutcomes", "Attends school every day.",
                    "stepDownLead", "The school's family support worker"));
        }
        tasks.complete(task(plan, "HoldCinReview").getId(), form);
    }

    private Task task(ProcessInstance instance, String key) {
        List<Task> found = tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).list();
        assertThat(found).as(key).hasSize(1);
        return found.get(0);
    }

    private String timer(ProcessInstance instance, String activityId) {
        return management.createJobQuery().processInstanceId(instance.getId()).activityId(activityId).singleResult().getId();
    }
}
