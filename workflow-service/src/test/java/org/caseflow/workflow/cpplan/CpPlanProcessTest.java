package org.caseflow.workflow.cpplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
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
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.caseflow.workflow.WorkflowIntegrationTest;
import org.caseflow.workflow.journey.Outbox;
import org.caseflow.workflow.overdue.OverdueWork;
import org.caseflow.workflow.overdue.TaskTiming;
import org.caseflow.workflow.overdue.TimedTask;
import org.caseflow.workflow.timescale.StatutoryClocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * cp-plan.bpmn on the real engine: visits every 10 working days from the last one in which the
 * child was seen (local rule T10), the first core group within 10 working days (T5) and each later
 * one within 4 weeks of the last (T6), the first review conference within 3 months (T7) and each
 * later one within 6 months of the last (T8); escalations that leave the clocks running; the end
 * of the plan stopping every clock.
 */
@WorkflowIntegrationTest
class CpPlanProcessTest {

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
    @Autowired
    OverdueWork overdue;

    @BeforeEach
    void useThisEngine() {
        init(engine);
    }

    @AfterEach
    void resetTheClock() {
        ClockUtil.reset();
    }

    @ParameterizedTest(name = "a plan started {0}: visit and first core group due {1}, first review conference due {2}")
    @CsvSource({
            "2025-12-19, 2026-01-07, 2026-03-19", // Christmas, Boxing Day and New Year's Day skipped
            "2025-01-31, 2025-02-14, 2025-04-30", // 31 January + 3 months: the last day of April
            "2023-11-30, 2023-12-14, 2024-02-29"  // 30 November + 3 months in a leap year: 29 February
    })
    void aPlanStartsThreeClocksFromItsInitialConference(String planStart, LocalDate visitAndCoreGroupDue, LocalDate reviewDue) {
        ProcessInstance plan = planStarted(planStart);

        assertThat(plan.getBusinessKey()).matches("CPP-\\d{6}");
        Task visit = task(plan, "RecordCpVisit");
        assertThat(visit).isAssignedTo("north.worker");
        assertThat(visit.getDueDate()).isEqualTo(StatutoryClocks.endOf(visitAndCoreGroupDue));
        assertThat(task(plan, "HoldCoreGroup").getDueDate()).isEqualTo(StatutoryClocks.endOf(visitAndCoreGroupDue));
        Task review = task(plan, "HoldReviewConference");
        assertThat(review).hasCandidateGroup("team-north-managers");
        assertThat(review.getDueDate()).isEqualTo(StatutoryClocks.endOf(reviewDue));

        Map<String, Object> started = outbox.eventsOf(plan.getId()).get(0);
        assertThat(started).containsEntry("type", "CpPlanStarted").containsEntry("team", "team-north")
                .containsEntry("occurred_on", java.sql.Date.valueOf(planStart));
        assertThat((String) started.get("data")).contains("\"cpPlanId\": \"" + plan.getBusinessKey() + "\"",
                "\"visitDueOn\": \"" + visitAndCoreGroupDue + "\"", "\"reviewConferenceDueOn\": \"" + reviewDue + "\"");
    }

    @Test
    void eachVisitIsDueTheIntervalAfterTheLastOneInWhichTheChildWasSeen() {
        ProcessInstance plan = planStarted("2025-12-19");

        // seen early, on 2 January: the next is due 10 working days after that, not after 7 January
        recordVisit(plan, "2026-01-02", true, true);
        assertThat(task(plan, "RecordCpVisit").getDueDate()).isEqualTo(StatutoryClocks.endOf(LocalDate.of(2026, 1, 16)));
        assertThat(timerDue(plan, "Timer_VisitDue")).isEqualTo(StatutoryClocks.endOf(LocalDate.of(2026, 1, 16)));

        // a visit in which the child was not seen leaves the visit due as it was
        recordVisit(plan, "2026-01-09", false, false);
        assertThat(task(plan, "RecordCpVisit").getDueDate()).isEqualTo(StatutoryClocks.endOf(LocalDate.of(2026, 1, 16)));

        // seen late, on 20 January: the next runs from the 20th
        recordVisit(plan, "2026-01-20", true, false);
        assertThat(task(plan, "RecordCpVisit").getDueDate()).isEqualTo(StatutoryClocks.endOf(LocalDate.of(2026, 2, 3)));

        List<Map<String, Object>> events = outbox.eventsOf(plan.getId());
        assertThat(events).extracting(event -> event.get("type")).containsExactly("CpPlanStarted",
                "CpVisitMade", "CpVisitDue", "CpVisitMade", "CpVisitMade", "CpVisitDue");
        assertThat(events.get(2)).containsEntry("occurred_on", java.sql.Date.valueOf("2026-01-02"))
                .containsEntry("due_on", java.sql.Date.valueOf("2026-01-16"));
        assertThat((String) events.get(3).get("data")).contains("\"childSeen\": false", "\"cpPlanId\": \"" + plan.getBusinessKey());
        assertThat(events).allSatisfy(event -> assertThat((String) event.get("data")).contains("\"cpPlanId\""));
    }

    @Test
    void whetherTheChildWasSeenIsAnsweredAfreshAtEveryVisit() {
        ProcessInstance plan = planStarted("2025-12-19");
        recordVisit(plan, "2026-01-02", true, true);

        tasks.complete(task(plan, "RecordCpVisit").getId(), withVariables("visitDate", "2026-01-09"));

        assertThat(outbox.eventsOf(plan.getId()).get(3).get("data").toString()).contains("\"childSeen\": false");
        assertThat(task(plan, "RecordCpVisit").getDueDate()).as("still due: the child was not seen")
                .isEqualTo(StatutoryClocks.endOf(LocalDate.of(2026, 1, 16)));
    }

    @Test
    void aVisitIsNotRecordedBeforeTheLastNorSeenAloneWithoutBeingSeen() {
        ProcessInstance plan = planStarted("2025-12-19");
        recordVisit(plan, "2026-01-02", true, true);

        assertThatThrownBy(() -> recordVisit(plan, "2025-12-30", true, true))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("the last visit");
        assertThatThrownBy(() -> recordVisit(plan, "2026-01-09", false, true))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("seen alone");
    }

    @Test
    void aMissedVisitEscalatesOnceAndTheClockGoesOnFromTheVisitActuallyMade() {
        ProcessInstance plan = planStarted("2025-12-19");

        ClockUtil.setCurrentTime(StatutoryClocks.endOf(LocalDate.of(2026, 1, 7)));
        management.executeJob(timerId(plan, "Timer_VisitDue"));
        ClockUtil.reset();

        Task review = task(plan, "ReviewOverdueVisit");
        assertThat(review).hasCandidateGroup("team-north-managers");
        assertThat((String) tasks.getVariableLocal(review.getId(), "escalationText"))
                .contains("see a child on a child protection plan", "(10 working days, rule T10)", "**2026-01-07**", "1 working day late");
        assertThat(timers(plan, "Timer_VisitDue")).as("escalated once").isZero();

        // seen late, on 9 January: the clock goes on from then, and the review stays with the managers
        recordVisit(plan, "2026-01-09", true, false);
        assertThat(task(plan, "RecordCpVisit").getDueDate()).isEqualTo(StatutoryClocks.endOf(LocalDate.of(2026, 1, 23)));
        assertThat(timers(plan, "Timer_VisitDue")).as("the next visit's timer").isEqualTo(1);
        assertThat(plan).isWaitingAt("VisitDue", "ReviewOverdueVisit");

        tasks.complete(task(plan, "ReviewOverdueVisit").getId(),
                withVariables("reviewDate", "2026-01-12", "managerAction", "Discussed in supervision; visit made on the 9th."));
        Map<String, Object> reviewed = outbox.eventsOf(plan.getId()).stream()
                .filter(event -> "OverdueCpVisitReviewed".equals(event.get("type"))).findFirst().orElseThrow();
        assertThat(reviewed).as("the review is of the visit that was missed, not the next")
                .containsEntry("due_on", java.sql.Date.valueOf("2026-01-07"));
        assertThat((String) reviewed.get("data")).contains("\"escalation\": \"REVIEWED\"", "\"timescale\": \"T10\"");
    }

    @Test
    void aVisitMadeOnItsDueDayButTypedAfterItsEscalationClosesTheEscalation() {
        ProcessInstance plan = planStarted("2025-12-19");
        management.executeJob(timerId(plan, "Timer_VisitDue"));

        recordVisit(plan, "2026-01-07", true, true);

        assertThat(plan).isWaitingAt("VisitDue").hasPassed("ReviewOverdueVisitClosedInTime");
        assertThat(outbox.typesOf(plan.getId())).containsSubsequence("CpVisitOverdue", "CpVisitMade", "RecordedInTime");
    }

    @Test
    void theFirstCoreGroupIsDueBy10WorkingDaysAndEachLaterOneWithin4WeeksOfTheLast() {
        ProcessInstance plan = planStarted("2025-12-19");
        assertThat(runtime.getVariable(plan.getId(), "coreGroupTimescale")).isEqualTo("T5");

        tasks.complete(task(plan, "HoldCoreGroup").getId(), withVariables("coreGroupDate", "2026-01-06"));

        assertThat(task(plan, "HoldCoreGroup").getDueDate()).isEqualTo(StatutoryClocks.endOf(LocalDate.of(2026, 2, 3)));
        assertThat(runtime.getVariable(plan.getId(), "coreGroupRule")).isEqualTo("4 weeks, rule T6");

        management.executeJob(timerId(plan, "Timer_CoreGroupDue"));
        Map<String, Object> overdue = outbox.eventsOf(plan.getId()).stream()
                .filter(event -> "CoreGroupOverdue".equals(event.get("type"))).findFirst().orElseThrow();
        assertThat((String) overdue.get("data")).as("a later core group is missed under T6").contains("\"timescale\": \"T6\"");
        assertThat(overdue).containsEntry("due_on", java.sql.Date.valueOf("2026-02-03"));
    }

    @Test
    void aReviewConferenceHeldEarlyMakesTheNextDue6MonthsAfterIt() {
        ProcessInstance plan = planStarted("2025-01-31");

        // the first, due by 30 April, held early on 14 March: the next is due 6 months after the 14th
        holdReview(plan, "2025-03-14", "CONTINUE_PLAN", null);

        Task next = task(plan, "HoldReviewConference");
        assertThat(next.getDueDate()).isEqualTo(StatutoryClocks.endOf(LocalDate.of(2025, 9, 14)));
        assertThat(runtime.getVariable(plan.getId(), "reviewConferenceRule")).isEqualTo("6 months, rule T8");
        List<Map<String, Object>> events = outbox.eventsOf(plan.getId());
        assertThat(events.get(1)).containsEntry("type", "ReviewConferenceHeld")
                .containsEntry("due_on", java.sql.Date.valueOf("2025-04-30"));
        assertThat(events.get(2)).containsEntry("type", "ReviewConferenceDue")
                .containsEntry("due_on", java.sql.Date.valueOf("2025-09-14"));
    }

    @Test
    void aPlansLateVisitIsInItsTeamsOverdueWorkWithTheWorkingDaysItIsLate() {
        ProcessInstance plan = planStarted("2025-12-19");

        // the visit was due by the end of Wednesday 7 January 2026; on Monday 12th it is 3 working days late
        List<TimedTask> late = overdue.openTimedTasks(StatutoryClocks.startOf(LocalDate.of(2026, 1, 12)).toInstant(),
                "team-north"::equals);

        assertThat(late).filteredOn(task -> task.processInstanceId().equals(plan.getId()) && task.task().equals("RecordCpVisit"))
                .singleElement().satisfies(visit -> {
                    assertThat(visit.timing()).isEqualTo(TaskTiming.OVERDUE);
                    assertThat(visit.workingDaysOverdue()).isEqualTo(3);
                    assertThat(visit.assignee()).isEqualTo("north.worker");
                    assertThat(visit.childName()).contains("Ben");
                });
    }

    @Test
    void newConcernsDuringThePlanBringItsReviewConferenceForwardTo15WorkingDaysAfterTheStrategyDiscussion() {
        ProcessInstance plan = planStarted("2025-12-19");
        runtime.createMessageCorrelation("StrategyDiscussionRequested").processInstanceId(plan.getId())
                .setVariable("strategyRequestedOn", "2026-01-12").correlate();
        ProcessInstance enquiry = calledProcessInstance("child-protection", plan);
        assertThat(enquiry).variables().containsEntry("cpPlanId", plan.getBusinessKey()).doesNotContainKey("planStartDate");
        tasks.complete(task(enquiry, "HoldStrategyDiscussion").getId(), withVariables("strategyDate", "2026-01-12",
                "strategyPolice", true, "strategyHealth", true, "strategyEducation", true, "concernCategory", "NEGLECT",
                "strategyDecision", "SECTION_47", "strategyRationale", "New injuries reported by school."));
        Map<String, Object> findings = new java.util.HashMap<>(Map.of("childSeenDate", "2026-01-13", "s47Outcome", "CONCERNS_SUBSTANTIATED",
                "s47Category", "NEGLECT", "s47Decision", "INITIAL_CONFERENCE", "s47CompletedDate", "2026-01-23"));
        assertThatThrownBy(() -> tasks.complete(task(enquiry, "CompleteSection47Enquiry").getId(), findings))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("bring its review conference forward");

        findings.put("s47Decision", "REVIEW_CONFERENCE");
        tasks.complete(task(enquiry, "CompleteSection47Enquiry").getId(), findings);
        tasks.complete(task(enquiry, "EndorseSection47Outcome").getId(), withVariables("s47EndorsementDecision", "ENDORSE",
                "oversightDate", "2026-01-23", "managerDirection", "Review conference to be brought forward."));

        assertThat(enquiry).isEnded().hasPassed("ReviewConferenceBroughtForward");
        // 15 working days after Monday 12 January 2026, not 3 months after the plan's start (19 March)
        assertThat(task(plan, "HoldReviewConference").getDueDate()).isEqualTo(StatutoryClocks.endOf(LocalDate.of(2026, 2, 2)));
        assertThat(timerDue(plan, "Timer_ReviewConferenceDue")).isEqualTo(StatutoryClocks.endOf(LocalDate.of(2026, 2, 2)));
        assertThat(plan).isWaitingAt("VisitDue", "HoldCoreGroup", "HoldReviewConference");
        Map<String, Object> due = outbox.eventsOf(plan.getId()).stream().filter(event -> "ReviewConferenceDue".equals(event.get("type")))
                .findFirst().orElseThrow();
        assertThat(due).containsEntry("occurred_on", java.sql.Date.valueOf("2026-01-12")).containsEntry("due_on", java.sql.Date.valueOf("2026-02-02"));

        holdReview(plan, "2026-01-30", "CONTINUE_PLAN", null);
        assertThat(task(plan, "HoldReviewConference").getDueDate()).as("then every 6 months from the one held")
                .isEqualTo(StatutoryClocks.endOf(LocalDate.of(2026, 7, 30)));
    }

    @Test
    void endingAPlanNeedsAReasonAndStopsEveryClock() {
        ProcessInstance plan = planStarted("2025-12-19");
        management.executeJob(timerId(plan, "Timer_VisitDue"));
        assertThat(plan).isWaitingAt("VisitDue", "HoldCoreGroup", "HoldReviewConference", "ReviewOverdueVisit");

        assertThatThrownBy(() -> holdReview(plan, "2026-03-10", "END_PLAN", null))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("reason");
        holdReview(plan, "2026-03-10", "END_PLAN", "NO_FURTHER_ACTION");

        assertThat(plan).isEnded().hasPassed("PlanEndedAtReview", "PlanEnded");
        assertThat(management.createJobQuery().processInstanceId(plan.getId()).count()).as("no timer left").isZero();
        assertThat(tasks.createTaskQuery().processInstanceId(plan.getId()).count()).as("no task left").isZero();
        assertThat((String) outbox.eventsOf(plan.getId()).get(2).get("data"))
                .contains("\"reviewDecision\": \"END_PLAN\"", "\"planEndReason\": \"NO_FURTHER_ACTION\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"NO_FURTHER_ACTION", "STEP_DOWN_TO_CHILD_IN_NEED", "STEP_DOWN_TO_EARLY_HELP", "BECAME_LOOKED_AFTER"})
    void aPlanEndsWhateverComesNextWithItsMissedVisitAndCoreGroupStillEscalated(String endReason) {
        ProcessInstance plan = planStarted("2025-12-19");
        management.executeJob(timerId(plan, "Timer_VisitDue"));
        management.executeJob(timerId(plan, "Timer_CoreGroupDue"));
        assertThat(plan).isWaitingAt("ReviewOverdueVisit", "ReviewOverdueCoreGroup");

        holdReview(plan, "2026-03-10", "END_PLAN", endReason);

        assertThat(plan).hasPassed("PlanEndedAtReview");
        assertThat(tasks.createTaskQuery().processInstanceId(plan.getId()).count()).as("no child protection task left").isZero();
        assertThat(management.createJobQuery().processInstanceId(plan.getId()).count()).as("no timer left").isZero();
    }

    @Test
    void aPlanSteppedDownToChildInNeedStartsThatPlanFromTheConferenceLedByTheSameSocialWorker() {
        ProcessInstance plan = planStarted("2025-12-19");

        holdReview(plan, "2026-03-10", "END_PLAN", "STEP_DOWN_TO_CHILD_IN_NEED");

        assertThat(plan).hasPassed("PlanEndedAtReview").isWaitingAt("ChildInNeedPlan");
        assertThat(tasks.createTaskQuery().processInstanceId(plan.getId()).count()).as("no child protection task left").isZero();
        ProcessInstance cinPlan = calledProcessInstance("cin-plan", plan);
        assertThat(cinPlan).variables().containsEntry("cinPlanOrigin", "CP_PLAN_STEP_DOWN").containsEntry("cinPlanStartDate", "2026-03-10")
                .containsEntry("cinLeadWorker", "north.worker");
    }

    @Test
    void aPlanSteppedDownToEarlyHelpAsksForAnEpisodeToBeAccepted() {
        ProcessInstance plan = planStarted("2025-12-19");

        holdReview(plan, "2026-03-10", "END_PLAN", "STEP_DOWN_TO_EARLY_HELP");

        assertThat(plan).isEnded().hasPassed("SteppedDownToEarlyHelp");
        ProcessInstance episode = runtime.createProcessInstanceQuery().processDefinitionKey("early-help")
                .variableValueEquals("ehSteppedDownFrom", plan.getBusinessKey()).singleResult();
        assertThat(episode).isWaitingAt("AcceptTransfer").variables().containsEntry("ehOrigin", "CP_PLAN_STEP_DOWN")
                .containsEntry("stepDownLead", "The school's family support worker");
    }

    @Test
    void aPlanSteppedDownToEarlyHelpWithoutItsFocusIsRefusedAndChangesNothing() {
        ProcessInstance plan = planStarted("2025-12-19");

        assertThatThrownBy(() -> tasks.complete(task(plan, "HoldReviewConference").getId(), withVariables("reviewConferenceDate",
                "2026-03-10", "reviewDecision", "END_PLAN", "planEndReason", "STEP_DOWN_TO_EARLY_HELP", "stepDownNeeds", "Routines.",
                "managerDirection", "Step down agreed.")))
                .isInstanceOf(org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException.class)
                .hasMessageContaining("outcomes sought");

        assertThat(plan).isWaitingAt("HoldReviewConference");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("early-help")
                .variableValueEquals("ehSteppedDownFrom", plan.getBusinessKey()).count()).isZero();
    }

    private ProcessInstance planStarted(String planStartDate) {
        return runtime.startProcessInstanceByKey("cp-plan", withVariables(
                "laChildId", "C9000002", "referralId", "REF-900002", "childGivenName", "Ben", "childFamilyName", "Jones",
                "assessmentTeam", "team-north", "planStartDate", planStartDate, "planCategory", "NEGLECT",
                "leadSocialWorker", "north.worker"));
    }

    private void recordVisit(ProcessInstance plan, String date, boolean seen, boolean seenAlone) {
        tasks.complete(task(plan, "RecordCpVisit").getId(),
                withVariables("visitDate", date, "childSeen", seen, "childSeenAlone", seenAlone));
    }

    private void holdReview(ProcessInstance plan, String date, String decision, String endReason) {
        Map<String, Object> form = new java.util.HashMap<>(Map.of("reviewConferenceDate", date, "reviewDecision", decision));
        if (endReason != null) {
            form.put("planEndReason", endReason);
        }
        if ("END_PLAN".equals(decision)) {
            form.put("managerDirection", "Agreed by the conference and endorsed.");
        }
        if ("STEP_DOWN_TO_EARLY_HELP".equals(endReason)) {
            form.putAll(Map.of("stepDownNeeds", "Routines at home.", "stepDownOutcomes", "Attends school every day.",
                    "stepDownLead", "The school's family support worker"));
        }
        tasks.complete(task(plan, "HoldReviewConference").getId(), form);
    }

    private Task task(ProcessInstance instance, String key) {
        List<Task> found = tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).list();
        assertThat(found).as(key).hasSize(1);
        return found.get(0);
    }

    private String timerId(ProcessInstance instance, String activityId) {
        return management.createJobQuery().processInstanceId(instance.getId()).activityId(activityId).singleResult().getId();
    }

    private java.util.Date timerDue(ProcessInstance instance, String activityId) {
        return management.createJobQuery().processInstanceId(instance.getId()).activityId(activityId).singleResult().getDuedate();
    }

    private long timers(ProcessInstance instance, String activityId) {
        return management.createJobQuery().processInstanceId(instance.getId()).activityId(activityId).count();
    }
}
