package org.caseflow.workflow.earlyhelp;

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
import org.camunda.spin.json.SpinJsonNode;
import org.caseflow.workflow.WorkflowIntegrationTest;
import org.caseflow.workflow.journey.Outbox;
import org.caseflow.workflow.overdue.OverdueWork;
import org.caseflow.workflow.overdue.TimedTask;
import org.caseflow.workflow.timescale.StatutoryClocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * early-help.bpmn on the real engine: episodes asked for by a partner, by the front door and by
 * social care stepping down (accepted within 5 working days, rule T26); the assessment (T24) and
 * the family reviews (T25); and step-up through the front door, accepted and refused.
 */
@WorkflowIntegrationTest
class EarlyHelpProcessTest {

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

    @Test
    void aPartnersRequestForAChildNewToUsIsAssessedWithin30WorkingDays() {
        ProcessInstance episode = partnerRequest("2025-12-15");

        assertThat(episode.getBusinessKey()).matches("EH-\\d{6}");
        assertThat((String) runtime.getVariable(episode.getId(), "laChildId")).as("a child new to the council").matches("C\\d{7}");
        Task assessment = task(episode, "CompleteEarlyHelpAssessment");
        assertThat(assessment).hasCandidateGroup("early-help");
        // 30 working days from Monday 15 December 2025, Christmas, Boxing Day and New Year's Day skipped
        assertThat(assessment.getDueDate()).isEqualTo(StatutoryClocks.endOf(LocalDate.of(2026, 1, 29)));
        Map<String, Object> started = outbox.eventsOf(episode.getId()).get(0);
        assertThat(started).containsEntry("type", "EarlyHelpEpisodeStarted").containsEntry("team", "early-help")
                .containsEntry("due_on", java.sql.Date.valueOf("2026-01-29")).containsEntry("referral_id", null);
        assertThat((String) started.get("data")).contains("\"ehOrigin\": \"PARTNER_REQUEST\"", "\"ehRequestedBy\": \"Greenfield Primary");
    }

    @Test
    void aRequestAboutAChildTheCouncilKnowsGoesToTheFrontDoor() {
        Map<String, Object> request = partnerForm("2025-12-15");
        request.put("laChildId", "C0000042");

        assertThatThrownBy(() -> runtime.startProcessInstanceByKey("early-help", request))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("front door");
    }

    @Test
    void aStepDownIsHandedOverAcceptedByALeadPractitionerAndThenAssessed() {
        ProcessInstance episode = steppedDown("2025-12-19");

        Task transfer = task(episode, "AcceptTransfer");
        assertThat(transfer).hasCandidateGroup("early-help-managers");
        assertThat(transfer.getDueDate()).as("5 working days, Christmas skipped").isEqualTo(StatutoryClocks.endOf(LocalDate.of(2025, 12, 30)));
        SpinJsonNode offered = (SpinJsonNode) tasks.getVariableLocalTyped(transfer.getId(), "earlyHelpPractitioners").getValue();
        assertThat(offered.elements()).extracting(choice -> choice.prop("value").stringValue()).contains("eh.worker")
                .doesNotContain("north.worker");
        assertThatThrownBy(() -> accept(episode, "2025-12-22", "north.worker"))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("Early Help practitioners");

        accept(episode, "2025-12-22", "eh.worker");

        Task assessment = task(episode, "CompleteEarlyHelpAssessment");
        assertThat(assessment).isAssignedTo("eh.worker");
        assertThat(assessment.getDueDate()).as("30 working days from the acceptance").isEqualTo(StatutoryClocks.endOf(LocalDate.of(2026, 2, 5)));
        assertThat(outbox.typesOf(episode.getId())).containsExactly("EarlyHelpEpisodeStarted", "EarlyHelpTransferAccepted");
        assertThat((String) outbox.eventsOf(episode.getId()).get(0).get("data"))
                .contains("\"ehOrigin\": \"ASSESSMENT_STEP_DOWN\"", "\"ehSteppedDownFrom\": \"REF-900050\"");
    }

    @Test
    void aStepDownNotAcceptedInTimeEscalatesToTheEarlyHelpManagers() {
        ProcessInstance episode = steppedDown("2025-12-19");

        management.executeJob(timer(episode, "Timer_TransferDue"));

        assertThat(task(episode, "ReviewOverdueTransfer")).hasCandidateGroup("early-help-managers");
        assertThat((String) outbox.eventsOf(episode.getId()).get(1).get("data")).contains("\"timescale\": \"T26\"");
    }

    @Test
    void aStepDownNotYetAcceptedIsInTheEarlyHelpTeamsOverdueWork() {
        ProcessInstance episode = steppedDown("2025-12-19");

        List<TimedTask> late = overdue.openTimedTasks(StatutoryClocks.startOf(LocalDate.of(2026, 1, 5)).toInstant(), "early-help"::equals);

        assertThat(late).filteredOn(task -> task.processInstanceId().equals(episode.getId())).singleElement()
                .satisfies(transfer -> {
                    assertThat(transfer.task()).isEqualTo("AcceptTransfer");
                    assertThat(transfer.workingDaysOverdue()).as("due 30 December: 31 Dec, 2 and 5 Jan").isEqualTo(3);
                });
    }

    @Test
    void reviewsFollowTheAssessmentEverySixWeeksUntilTheEpisodeCloses() {
        ProcessInstance episode = assessed("2026-01-20");

        assertThat(task(episode, "HoldFamilyReview").getDueDate()).isEqualTo(StatutoryClocks.endOf(LocalDate.of(2026, 3, 3)));
        review(episode, "2026-02-27", "CONTINUE", null, null);
        assertThat(task(episode, "HoldFamilyReview").getDueDate()).as("from the review actually held")
                .isEqualTo(StatutoryClocks.endOf(LocalDate.of(2026, 4, 10)));

        assertThatThrownBy(() -> review(episode, "2026-04-08", "CLOSE", "STEPPED_UP", null))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("ask social care");
        review(episode, "2026-04-08", "CLOSE", "NEEDS_MET", null);

        assertThat(episode).isEnded().hasPassed("EpisodeClosed");
        List<Map<String, Object>> events = outbox.eventsOf(episode.getId());
        assertThat(events).extracting(event -> event.get("type")).endsWith("EarlyHelpReviewHeld", "EarlyHelpEpisodeClosed");
        assertThat(events.get(events.size() - 1)).containsEntry("occurred_on", java.sql.Date.valueOf("2026-04-08"));
        assertThat((String) events.get(events.size() - 1).get("data")).contains("\"ehClosure\": \"NEEDS_MET\"");
    }

    @Test
    void aStepUpTheFrontDoorAcceptsClosesTheEpisodeAsSteppedUp() {
        ProcessInstance episode = assessed("2026-01-20");

        review(episode, "2026-02-27", "STEP_UP", null, "Neglect has worsened despite support.");

        assertThat(episode).isWaitingAt("FrontDoorAnswers");
        ProcessInstance contact = contactFromEarlyHelp(episode);
        assertThat(contact).isWaitingAt("DecideOnContact").variables().containsEntry("contactSource", "EARLY_HELP")
                .containsEntry("laChildId", runtime.getVariable(episode.getId(), "laChildId"))
                .containsEntry("contactReceivedAt", "2026-02-27T09:00");
        assertThat((String) runtime.getVariable(contact.getId(), "contactReason")).contains("Neglect has worsened");

        decide(contact, "REFERRAL", "2026-03-02", "team-north");

        assertThat(episode).isEnded().hasPassed("StepUpDecided", "EpisodeClosed");
        List<Map<String, Object>> events = outbox.eventsOf(episode.getId());
        assertThat(events).extracting(event -> event.get("type")).endsWith("StepUpDecided", "EarlyHelpEpisodeClosed");
        assertThat((String) events.get(events.size() - 2).get("data")).contains("\"stepUpAccepted\": true",
                "\"stepUpContactId\": \"" + contact.getBusinessKey() + "\"");
        assertThat((String) events.get(events.size() - 1).get("data")).contains("\"ehClosure\": \"STEPPED_UP\"");
        assertThat(calledProcessInstance("assessment", contact)).as("a referral, counted as one").isNotNull();
    }

    @Test
    void aStepUpTheFrontDoorDoesNotAcceptLeavesEarlyHelpGoingOn() {
        ProcessInstance episode = assessed("2026-01-20");
        review(episode, "2026-02-27", "STEP_UP", null, "Concerns about the new partner.");
        ProcessInstance contact = contactFromEarlyHelp(episode);

        decide(contact, "EARLY_HELP", "2026-03-02", null);

        assertThat(contact).isEnded().hasPassed("EarlyHelpGoesOn").hasNotPassed("HandOff_EarlyHelp");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("early-help")
                .variableValueEquals("laChildId", runtime.getVariable(episode.getId(), "laChildId")).count())
                .as("no second episode").isEqualTo(1);
        assertThat(task(episode, "HoldFamilyReview").getDueDate()).as("the next review six weeks after the last")
                .isEqualTo(StatutoryClocks.endOf(LocalDate.of(2026, 4, 10)));
        assertThat((String) outbox.eventsOf(episode.getId()).stream().filter(event -> "StepUpDecided".equals(event.get("type")))
                .findFirst().orElseThrow().get("data")).contains("\"stepUpAccepted\": false");
    }

    @Test
    void theFrontDoorsEarlyHelpDecisionStartsAnEpisodeForTheChild() {
        ProcessInstance contact = runtime.startProcessInstanceByKey("front-door", withVariables("childGivenName", "Elsie",
                "childFamilyName", "Door", "childDateOfBirth", "2018-02-02", "contactSource", "SCHOOL",
                "contactReceivedAt", "2026-01-12T11:00", "contactReason", "Attendance falling; parents asking for help."));

        decide(contact, "EARLY_HELP", "2026-01-13", null);

        assertThat(contact).isEnded().hasPassed("HandOff_EarlyHelp");
        ProcessInstance episode = runtime.createProcessInstanceQuery().processDefinitionKey("early-help")
                .variableValueEquals("contactId", contact.getBusinessKey()).singleResult();
        assertThat(episode).isWaitingAt("CompleteEarlyHelpAssessment").variables().containsEntry("ehOrigin", "FRONT_DOOR")
                .containsEntry("ehStartDate", "2026-01-13").containsEntry("childGivenName", "Elsie")
                .doesNotContainKeys("contactReason", "decisionRationale");
    }

    private Map<String, Object> partnerForm(String requestedOn) {
        return new HashMap<>(Map.of("childGivenName", "Poppy", "childFamilyName", "Help", "childDateOfBirth", "2019-07-07",
                "ehStartDate", requestedOn, "ehRequestedBy", "Greenfield Primary School (Mrs Ahmed, family support)",
                "ehRequestReason", "Mother asks for help with routines and school attendance."));
    }

    private ProcessInstance partnerRequest(String requestedOn) {
        return runtime.startProcessInstanceByKey("early-help", partnerForm(requestedOn));
    }

    private ProcessInstance steppedDown(String steppedDownOn) {
        runtime.createMessageCorrelation("EarlyHelpRequested").setVariables(withVariables("laChildId", "C9000050",
                "childGivenName", "Finn", "childFamilyName", "Down", "childDateOfBirth", "2015-05-05",
                "ehOrigin", "ASSESSMENT_STEP_DOWN", "ehStartDate", steppedDownOn, "ehSteppedDownFrom", "REF-900050"))
                .correlateStartMessage();
        return runtime.createProcessInstanceQuery().processDefinitionKey("early-help").variableValueEquals("laChildId", "C9000050")
                .orderByProcessInstanceId().desc().list().stream()
                .filter(instance -> tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("AcceptTransfer").count() == 1)
                .findFirst().orElseThrow();
    }

    /** A partner's request, its assessment completed on {@code assessedOn}. */
    private ProcessInstance assessed(String assessedOn) {
        ProcessInstance episode = partnerRequest("2026-01-05");
        tasks.complete(task(episode, "CompleteEarlyHelpAssessment").getId(), withVariables("ehAssessmentDate", assessedOn));
        return episode;
    }

    private void accept(ProcessInstance episode, String date, String lead) {
        tasks.complete(task(episode, "AcceptTransfer").getId(), withVariables("ehTransferAcceptedDate", date, "ehLeadPractitioner", lead));
    }

    private void review(ProcessInstance episode, String date, String decision, String closure, String stepUpReason) {
        Map<String, Object> form = new HashMap<>(Map.of("ehReviewDate", date, "ehReviewDecision", decision));
        if (closure != null) {
            form.put("ehClosure", closure);
        }
        if (stepUpReason != null) {
            form.put("stepUpReason", stepUpReason);
        }
        tasks.complete(task(episode, "HoldFamilyReview").getId(), form);
    }

    private ProcessInstance contactFromEarlyHelp(ProcessInstance episode) {
        return runtime.createProcessInstanceQuery().processDefinitionKey("front-door")
                .variableValueEquals("ehEpisodeId", episode.getBusinessKey()).singleResult();
    }

    private void decide(ProcessInstance contact, String outcome, String date, String team) {
        Map<String, Object> decision = new HashMap<>(Map.of("contactOutcome", outcome, "decisionDate", date,
                "decisionRationale", "Discussed with the duty manager.", "referrerFollowUp", "NOT_TOLD", "referrerNotToldReason", "Told at the strategy discussion instead."));
        if (team != null) {
            decision.put("assessmentTeam", team);
        }
        tasks.complete(task(contact, "DecideOnContact").getId(), decision);
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
