package org.caseflow.workflow.childprotection;

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
 * child-protection.bpmn on the real engine: the strategy discussion (local rule T2), the section 47
 * enquiry with its outcome endorsed by a manager, and the initial conference due 15 working days
 * after the strategy discussion that initiated the enquiry (rule T4), each with its escalation, and
 * every way out.
 */
@WorkflowIntegrationTest
class ChildProtectionProcessTest {

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

    @Test
    void theTeamsManagersHoldTheStrategyDiscussionWithinTheLocalInterval() {
        // decided on Friday 19 December 2025: due the next working day, Monday 22nd (England's common 1 working day)
        ProcessInstance journey = strategyRequested("2025-12-19");

        Task discussion = task(journey, "HoldStrategyDiscussion");
        assertThat(discussion).hasCandidateGroup("team-north-managers");
        assertThat(discussion.getDueDate()).isEqualTo(StatutoryClocks.endOf(LocalDate.of(2025, 12, 22)));
        assertThat(runtime.getVariable(journey.getId(), "strategyRule")).isEqualTo("1 working day, rule T2");
    }

    @Test
    void aSection47EnquiryStartsOnTheDayOfTheDiscussionAndTheConferenceIsDue15WorkingDaysLater() {
        ProcessInstance journey = strategyRequested("2025-12-19");

        holdStrategyDiscussion(journey, "2025-12-22", "SECTION_47");

        // 15 working days from Monday 22 December 2025, Christmas, Boxing Day and New Year's Day skipped
        Task enquiry = task(journey, "CompleteSection47Enquiry");
        assertThat(enquiry).hasCandidateGroup("team-north");
        assertThat(enquiry.getDueDate()).as("the ICPC's due date shows on the enquiry")
                .isEqualTo(StatutoryClocks.endOf(LocalDate.of(2026, 1, 15)));
        assertThat(runtime.getVariable(journey.getId(), "s47StartDate")).isEqualTo("2025-12-22");
        Map<String, Object> held = outbox.eventsOf(journey.getId()).get(0);
        assertThat(held).containsEntry("type", "StrategyDiscussionHeld").containsEntry("team", "team-north")
                .containsEntry("referral_id", "REF-900001")
                .containsEntry("occurred_on", java.sql.Date.valueOf("2025-12-22"))
                .containsEntry("due_on", java.sql.Date.valueOf("2025-12-22"));
        assertThat((String) held.get("data")).contains("\"strategyPolice\": true", "\"concernCategory\": \"PHYSICAL_ABUSE\"");

        completeEnquiry(journey, "INITIAL_CONFERENCE", null);
        assertThat(task(journey, "HoldInitialConference").getDueDate()).as("and then on the conference")
                .isEqualTo(StatutoryClocks.endOf(LocalDate.of(2026, 1, 15)));
    }

    @Test
    void aLaterStrategyDiscussionIsRecordedButTheConferenceStaysDueFromTheOneThatStartedTheEnquiry() {
        ProcessInstance journey = strategyRequested("2025-12-19");
        holdStrategyDiscussion(journey, "2025-12-22", "SECTION_47");

        completeEnquiry(journey, "INITIAL_CONFERENCE", "2026-01-06");

        assertThat(task(journey, "HoldInitialConference").getDueDate()).isEqualTo(StatutoryClocks.endOf(LocalDate.of(2026, 1, 15)));
        Map<String, Object> completed = outbox.eventsOf(journey.getId()).get(3);
        assertThat(completed).containsEntry("type", "Section47Completed")
                .containsEntry("due_on", java.sql.Date.valueOf("2026-01-15"));
        assertThat((String) completed.get("data")).contains("\"s47StartDate\": \"2025-12-22\"", "\"furtherStrategyDate\": \"2026-01-06\"");
    }

    @Test
    void aConferenceOnDay15IsInTimeAndOnDay16MustSayWhyItWasLate() {
        ProcessInstance onDay15 = toConference();
        holdConference(onDay15, "2026-01-15", "NO_PLAN_CHILD_IN_NEED", null);
        assertThat(onDay15).isWaitingAt("ChildInNeedPlan");

        ProcessInstance onDay16 = toConference();
        assertThatThrownBy(() -> holdConference(onDay16, "2026-01-16", "NO_PLAN_CHILD_IN_NEED", null))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("why the conference was late");
        holdConference(onDay16, "2026-01-16", "NO_PLAN_CHILD_IN_NEED", "The chair was unavailable.");
        assertThat(onDay16).hasPassed("HoldInitialConference").isWaitingAt("ChildInNeedPlan");
        assertThat((String) outbox.eventsOf(onDay16.getId()).get(4).get("data")).contains("\"icpcLateReason\"");
    }

    @Test
    void aConferenceThatDecidesOnAPlanStartsThePlanOnItsDate() {
        ProcessInstance journey = toConference();

        holdConference(journey, "2026-01-14", "CHILD_PROTECTION_PLAN", null);

        assertThat(journey).isWaitingAt("ChildProtectionPlan");
        ProcessInstance plan = calledProcessInstance("cp-plan", journey);
        assertThat(plan.getBusinessKey()).startsWith("CPP-");
        assertThat(plan).variables().containsEntry("planStartDate", "2026-01-14").containsEntry("planCategory", "NEGLECT")
                .containsEntry("leadSocialWorker", "north.worker");
        Map<String, Object> icpc = outbox.eventsOf(journey.getId()).get(4);
        assertThat(icpc).containsEntry("type", "IcpcHeld").containsEntry("due_on", java.sql.Date.valueOf("2026-01-15"));
        assertThat((String) icpc.get("data")).contains("\"s47StartDate\": \"2025-12-22\"", "\"icpcDecision\": \"CHILD_PROTECTION_PLAN\"");
        assertThat(outbox.typesOf(plan.getId())).containsExactly("CpPlanStarted");
    }

    @Test
    void aPlanNeedsItsCategoryAndALeadSocialWorkerOfTheTeam() {
        ProcessInstance journey = toConference();
        Task conference = task(journey, "HoldInitialConference");

        Map<String, Object> noCategory = conference("2026-01-14", "CHILD_PROTECTION_PLAN", null);
        noCategory.remove("planCategory");
        assertThatThrownBy(() -> tasks.complete(conference.getId(), noCategory))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("category");
        Map<String, Object> otherTeam = conference("2026-01-14", "CHILD_PROTECTION_PLAN", null);
        otherTeam.put("leadSocialWorker", "south.worker");
        assertThatThrownBy(() -> tasks.complete(conference.getId(), otherTeam))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("lead social worker of team-north");
        assertThat(journey).isWaitingAt("HoldInitialConference");
    }

    @Test
    void onlySubstantiatedConcernsWithTheirCategoryGoToAConference() {
        ProcessInstance journey = strategyRequested("2025-12-19");
        holdStrategyDiscussion(journey, "2025-12-22", "SECTION_47");
        Task enquiry = task(journey, "CompleteSection47Enquiry");

        Map<String, Object> notSubstantiated = enquiry("INITIAL_CONFERENCE", null);
        notSubstantiated.put("s47Outcome", "CONCERNS_NOT_SUBSTANTIATED");
        assertThatThrownBy(() -> tasks.complete(enquiry.getId(), notSubstantiated))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("only substantiated concerns");
        Map<String, Object> noCategory = enquiry("INITIAL_CONFERENCE", null);
        noCategory.remove("s47Category");
        assertThatThrownBy(() -> tasks.complete(enquiry.getId(), noCategory))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("category");
        Map<String, Object> seenBeforeItStarted = enquiry("INITIAL_CONFERENCE", null);
        seenBeforeItStarted.put("childSeenDate", "2025-12-21");
        assertThatThrownBy(() -> tasks.complete(enquiry.getId(), seenBeforeItStarted))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("the start of the enquiry");
        assertThat(journey).isWaitingAt("CompleteSection47Enquiry");
        assertThat(outbox.typesOf(journey.getId())).containsExactly("StrategyDiscussionHeld");
    }

    @Test
    void aTeamManagerEndorsesTheOutcomeWhichThenTakesEffectOnTheDayTheyDid() {
        ProcessInstance journey = strategyRequested("2025-12-19");
        holdStrategyDiscussion(journey, "2025-12-22", "SECTION_47");
        Task enquiry = task(journey, "CompleteSection47Enquiry");

        tasks.complete(enquiry.getId(), enquiry("INITIAL_CONFERENCE", null));

        assertThat(journey).isWaitingAt("EndorseSection47Outcome").hasNotPassed("HoldInitialConference");
        Task endorsement = task(journey, "EndorseSection47Outcome");
        assertThat(endorsement).hasCandidateGroup("team-north-managers");
        assertThat(endorsement.getDueDate()).as("still the conference's deadline (T4)").isEqualTo(enquiry.getDueDate());
        assertThat(endorsement.getFollowUpDate()).isEqualTo(enquiry.getFollowUpDate());
        assertThat(outbox.typesOf(journey.getId())).containsExactly("StrategyDiscussionHeld", "Section47Submitted");
        assertThatThrownBy(() -> endorse(journey, "ENDORSE", "2026-01-09", " "))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("direction");
        assertThatThrownBy(() -> endorse(journey, "ENDORSE", "2026-01-07", "Agreed."))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("put to you");

        endorse(journey, "ENDORSE", "2026-01-09", "Threshold met; conference agreed.");

        assertThat(journey).hasPassed("Section47OutcomeEndorsed").isWaitingAt("HoldInitialConference");
        assertThat(outbox.typesOf(journey.getId())).containsExactly("StrategyDiscussionHeld", "Section47Submitted",
                "Section47EndorsementDecided", "Section47Completed");
        Map<String, Object> decided = outbox.eventsOf(journey.getId()).get(2);
        assertThat(decided).containsEntry("occurred_on", java.sql.Date.valueOf("2026-01-09"))
                .containsEntry("team", "team-north");
        assertThat((String) decided.get("data")).contains("\"s47EndorsementDecision\": \"ENDORSE\"",
                "\"oversight\": \"SECTION_47_OUTCOME\"", "\"oversightDirection\": \"Threshold met; conference agreed.\"");
        Map<String, Object> completed = outbox.eventsOf(journey.getId()).get(3);
        assertThat(completed).as("dated the day it was endorsed").containsEntry("occurred_on", java.sql.Date.valueOf("2026-01-09"))
                .containsEntry("due_on", java.sql.Date.valueOf("2026-01-15"));
        assertThat((String) completed.get("data")).contains("\"s47CompletedDate\": \"2026-01-08\"",
                "\"s47EndorsedDate\": \"2026-01-09\"").doesNotContain("\"oversight\"");
    }

    @Test
    void aManagerSendsTheEnquiryBackForMoreWorkThenEndorsesTheNewOutcome() {
        ProcessInstance journey = strategyRequested("2025-12-19");
        holdStrategyDiscussion(journey, "2025-12-22", "SECTION_47");
        completeEnquiryWithoutEndorsement(journey, "NO_FURTHER_ACTION");

        endorse(journey, "SEND_BACK", "2026-01-09", "See the father before deciding.");

        assertThat(journey).isWaitingAt("CompleteSection47Enquiry").hasNotPassed("Section47OutcomeEndorsed");
        assertThat(task(journey, "CompleteSection47Enquiry")).hasCandidateGroup("team-north");
        assertThat(runtime.getVariable(journey.getId(), "s47EndorsedDate")).as("no outcome in effect").isNull();
        assertThat((String) outbox.eventsOf(journey.getId()).get(2).get("data")).contains("\"s47EndorsementDecision\": \"SEND_BACK\"",
                "\"oversight\": \"SECTION_47_OUTCOME\"", "\"oversightDirection\": \"See the father before deciding.\"");

        Map<String, Object> findings = enquiry("CHILD_IN_NEED_PLAN", null);
        findings.put("s47CompletedDate", "2026-01-12");
        tasks.complete(task(journey, "CompleteSection47Enquiry").getId(), findings);
        endorse(journey, "ENDORSE", "2026-01-13", "Father seen; a child in need plan is right.");

        assertThat(journey).isWaitingAt("ChildInNeedPlan");
        assertThat(outbox.typesOf(journey.getId())).containsExactly("StrategyDiscussionHeld", "Section47Submitted",
                "Section47EndorsementDecided", "Section47Submitted", "Section47EndorsementDecided", "Section47Completed");
        assertThat(calledProcessInstance("cin-plan", journey)).variables().containsEntry("cinPlanOrigin", "SECTION_47")
                .as("from the day it was endorsed").containsEntry("cinPlanStartDate", "2026-01-13");
    }

    @Test
    void theConferencesClockRunsOnWhileTheOutcomeAwaitsEndorsement() {
        ProcessInstance journey = strategyRequested("2025-12-19");
        holdStrategyDiscussion(journey, "2025-12-22", "SECTION_47");
        String timer = timer(journey, "Timer_InitialConferenceDue");
        java.util.Date due = management.createJobQuery().jobId(timer).singleResult().getDuedate();
        completeEnquiryWithoutEndorsement(journey, "INITIAL_CONFERENCE");
        endorse(journey, "SEND_BACK", "2026-01-09", "Add the health visitor's account.");
        completeEnquiryWithoutEndorsement(journey, "INITIAL_CONFERENCE");

        assertThat(management.createJobQuery().jobId(timer).singleResult().getDuedate()).as("the same timer, still due")
                .isEqualTo(due).isEqualTo(StatutoryClocks.endOf(LocalDate.of(2026, 1, 15)));
        management.executeJob(timer);

        assertThat(journey).isWaitingAt("EndorseSection47Outcome", "ReviewOverdueInitialConference");
        assertThat(outbox.typesOf(journey.getId())).endsWith("IcpcOverdue");
        endorse(journey, "ENDORSE", "2026-01-16", "Conference to be held at once.");
        assertThat(task(journey, "HoldInitialConference").getDueDate()).isEqualTo(StatutoryClocks.endOf(LocalDate.of(2026, 1, 15)));
    }

    @Test
    void aStepDownWithoutItsFocusIsRefusedBeforeItReachesTheManager() {
        ProcessInstance journey = strategyRequested("2025-12-19");
        holdStrategyDiscussion(journey, "2025-12-22", "SECTION_47");
        Map<String, Object> unfocused = enquiry("EARLY_HELP", null);
        unfocused.remove("stepDownLead");

        assertThatThrownBy(() -> tasks.complete(task(journey, "CompleteSection47Enquiry").getId(), unfocused))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("who leads");
        assertThat(journey).isWaitingAt("CompleteSection47Enquiry");
    }

    @ParameterizedTest(name = "a strategy discussion deciding {0} ends at {1}")
    @CsvSource({
            "NO_SECTION_47_CONTINUE_ASSESSMENT, NoSection47AssessmentContinues",
            "NO_FURTHER_ACTION, ClosedNoFurtherAction"})
    void eachStrategyDecisionWithoutAnEnquiryEndsWhereItSays(String decision, String end) {
        ProcessInstance journey = strategyRequested("2025-12-19");

        holdStrategyDiscussion(journey, "2025-12-22", decision);

        assertThat(journey).isEnded().hasPassed(end).hasNotPassed("EnquiryToConference");
    }

    @ParameterizedTest(name = "an enquiry deciding {0} ends at {1}")
    @CsvSource({
            "EARLY_HELP, HandOff_EarlyHelp",
            "NO_FURTHER_ACTION, ClosedNoFurtherAction"})
    void eachEnquiryDecisionWithoutAConferenceEndsWhereItSays(String decision, String end) {
        ProcessInstance journey = strategyRequested("2025-12-19");
        holdStrategyDiscussion(journey, "2025-12-22", "SINGLE_AGENCY_SECTION_47");

        completeEnquiry(journey, decision, null);

        assertThat(journey).isEnded().hasPassed(end).hasNotPassed("HoldInitialConference");
        assertThat(management.createJobQuery().processInstanceId(journey.getId()).count()).as("no timer left").isZero();
    }

    @ParameterizedTest(name = "{0} starts a child in need plan from {2}, as made by {1}")
    @CsvSource({
            "strategy discussion, STRATEGY_DISCUSSION, 2025-12-22",
            "enquiry, SECTION_47, 2026-01-08",
            "conference, INITIAL_CONFERENCE, 2026-01-14"})
    void aDecisionForAChildInNeedPlanStartsItFromItsOwnDate(String step, String origin, String startsOn) {
        ProcessInstance journey = strategyRequested("2025-12-19");
        switch (step) {
            case "strategy discussion" -> holdStrategyDiscussion(journey, "2025-12-22", "NO_SECTION_47_CHILD_IN_NEED");
            case "enquiry" -> {
                holdStrategyDiscussion(journey, "2025-12-22", "SECTION_47");
                completeEnquiry(journey, "CHILD_IN_NEED_PLAN", null);
            }
            default -> {
                holdStrategyDiscussion(journey, "2025-12-22", "SECTION_47");
                completeEnquiry(journey, "INITIAL_CONFERENCE", null);
                holdConference(journey, "2026-01-14", "NO_PLAN_CHILD_IN_NEED", null);
            }
        }

        assertThat(journey).isWaitingAt("ChildInNeedPlan");
        ProcessInstance plan = calledProcessInstance("cin-plan", journey);
        assertThat(plan.getBusinessKey()).matches("CIN-\\d{6}");
        assertThat(plan).variables().containsEntry("cinPlanOrigin", origin).containsEntry("cinPlanStartDate", startsOn);
        assertThat(management.createJobQuery().processInstanceId(journey.getId()).count()).as("the enquiry's timers stopped").isZero();
    }

    @Test
    void anEnquiryThatStepsDownStartsAnEarlyHelpEpisodeToBeAccepted() {
        ProcessInstance journey = strategyRequested("2025-12-19");
        holdStrategyDiscussion(journey, "2025-12-22", "SECTION_47");

        completeEnquiry(journey, "EARLY_HELP", null);

        ProcessInstance episode = runtime.createProcessInstanceQuery().processDefinitionKey("early-help")
                .variableValueEquals("ehSteppedDownFrom", "REF-900001").singleResult();
        assertThat(episode.getBusinessKey()).matches("EH-\\d{6}");
        assertThat(episode).isWaitingAt("AcceptTransfer").variables().containsEntry("ehOrigin", "SECTION_47_STEP_DOWN")
                .containsEntry("ehStartDate", "2026-01-08").containsEntry("laChildId", "C9000001")
                .doesNotContainKey("s47Outcome");
    }

    @Test
    void aConferenceThatDecidesOnNoPlanAndNoFurtherActionCloses() {
        ProcessInstance journey = toConference();

        holdConference(journey, "2026-01-14", "NO_PLAN_NO_FURTHER_ACTION", null);

        assertThat(journey).isEnded().hasPassed("ClosedNoFurtherAction");
    }

    @Test
    void aMissedStrategyDiscussionEscalatesAndOneRecordedAsHeldInTimeClosesTheEscalation() {
        ProcessInstance journey = strategyRequested("2025-12-19");

        management.executeJob(timer(journey, "Timer_StrategyDiscussionDue"));

        Task review = task(journey, "ReviewOverdueStrategyDiscussion");
        assertThat(review).hasCandidateGroup("team-north-managers");
        assertThat((String) tasks.getVariableLocal(review.getId(), "escalationText"))
                .contains("hold a strategy discussion within the local interval", "(1 working day, rule T2)", "**2025-12-22**");
        assertThat((String) outbox.eventsOf(journey.getId()).get(0).get("data"))
                .contains("\"escalation\": \"BREACHED\"", "\"timescale\": \"T2\"");

        holdStrategyDiscussion(journey, "2025-12-22", "NO_FURTHER_ACTION");

        assertThat(journey).isEnded().hasPassed("StrategyEscalationClosedRecordedInTime");
        assertThat(outbox.typesOf(journey.getId())).containsExactly("StrategyDiscussionOverdue", "StrategyDiscussionHeld",
                "RecordedInTime");
    }

    @Test
    void aMissedConferenceEscalatesToTheTeamsManagersWhileTheEnquiryGoesOn() {
        ProcessInstance journey = strategyRequested("2025-12-19");
        holdStrategyDiscussion(journey, "2025-12-22", "SECTION_47");

        management.executeJob(timer(journey, "Timer_InitialConferenceDue"));

        assertThat(journey).isWaitingAt("CompleteSection47Enquiry", "ReviewOverdueInitialConference");
        assertThat(outbox.typesOf(journey.getId())).endsWith("IcpcOverdue");
        completeEnquiry(journey, "INITIAL_CONFERENCE", null);
        holdConference(journey, "2026-01-19", "NO_PLAN_CHILD_IN_NEED", "Police disclosure was awaited.");

        assertThat(journey).isWaitingAt("ReviewOverdueInitialConference", "ChildInNeedPlan");
        tasks.complete(task(journey, "ReviewOverdueInitialConference").getId(),
                withVariables("reviewDate", "2026-01-20", "managerAction", "Conference chairs' availability raised with the service manager."));
        assertThat(journey).hasPassed("IcpcEscalationReviewed").isWaitingAt("ChildInNeedPlan");
        assertThat(outbox.typesOf(journey.getId())).endsWith("OverdueIcpcReviewed");
    }

    @Test
    void aConferenceHeldOnItsDueDayButTypedAfterItsEscalationClosesTheEscalation() {
        ProcessInstance journey = toConference();
        management.executeJob(timer(journey, "Timer_InitialConferenceDue"));

        holdConference(journey, "2026-01-15", "NO_PLAN_CHILD_IN_NEED", null);

        assertThat(journey).hasPassed("IcpcEscalationClosedRecordedInTime").hasNotPassed("IcpcEscalationReviewed")
                .isWaitingAt("ChildInNeedPlan");
    }

    private ProcessInstance strategyRequested(String requestedOn) {
        return runtime.startProcessInstanceByKey("child-protection", withVariables(
                "laChildId", "C9000001", "referralId", "REF-900001", "childGivenName", "Amy", "childFamilyName", "Jones",
                "assessmentTeam", "team-north", "strategyRequestedOn", requestedOn));
    }

    private ProcessInstance toConference() {
        ProcessInstance journey = strategyRequested("2025-12-19");
        holdStrategyDiscussion(journey, "2025-12-22", "SECTION_47");
        completeEnquiry(journey, "INITIAL_CONFERENCE", null);
        return journey;
    }

    private void holdStrategyDiscussion(ProcessInstance journey, String heldOn, String decision) {
        tasks.complete(task(journey, "HoldStrategyDiscussion").getId(), withVariables("strategyDate", heldOn,
                "strategyPolice", true, "strategyHealth", true, "strategyEducation", false, "concernCategory", "PHYSICAL_ABUSE",
                "strategyDecision", decision, "strategyRationale", "Bruising disclosed at school; police and health agree."));
    }

    private Map<String, Object> enquiry(String decision, String furtherStrategyDate) {
        Map<String, Object> form = new HashMap<>(Map.of("childSeenDate", "2025-12-23", "s47Outcome", "CONCERNS_SUBSTANTIATED",
                "s47Category", "NEGLECT", "s47Decision", decision, "s47CompletedDate", "2026-01-08"));
        if (furtherStrategyDate != null) {
            form.put("furtherStrategyDate", furtherStrategyDate);
        }
        if ("EARLY_HELP".equals(decision)) {
            form.putAll(Map.of("stepDownNeeds", "Routines at home.", "stepDownOutcomes", "Attends school every day.",
                    "stepDownLead", "The school's family support worker"));
        }
        return form;
    }

    /** The social worker completes the enquiry, and a team manager endorses its outcome the same day. */
    private void completeEnquiry(ProcessInstance journey, String decision, String furtherStrategyDate) {
        tasks.complete(task(journey, "CompleteSection47Enquiry").getId(), enquiry(decision, furtherStrategyDate));
        endorse(journey, "ENDORSE", "2026-01-08", "Findings and outcome agreed.");
    }

    private void completeEnquiryWithoutEndorsement(ProcessInstance journey, String decision) {
        tasks.complete(task(journey, "CompleteSection47Enquiry").getId(), enquiry(decision, null));
    }

    private void endorse(ProcessInstance journey, String decision, String decidedOn, String direction) {
        tasks.complete(task(journey, "EndorseSection47Outcome").getId(), withVariables("s47EndorsementDecision", decision,
                "oversightDate", decidedOn, "managerDirection", direction));
    }

    private Map<String, Object> conference(String heldOn, String decision, String lateReason) {
        Map<String, Object> form = new HashMap<>(Map.of("icpcDate", heldOn, "icpcChair", "J. Okafor (conference chair)",
                "icpcDecision", decision, "planCategory", "NEGLECT", "leadSocialWorker", "north.worker"));
        if (lateReason != null) {
            form.put("icpcLateReason", lateReason);
        }
        return form;
    }

    private void holdConference(ProcessInstance journey, String heldOn, String decision, String lateReason) {
        tasks.complete(task(journey, "HoldInitialConference").getId(), conference(heldOn, decision, lateReason));
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
