package org.caseflow.workflow.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.caseflow.workflow.WorkflowIntegrationTest;
import org.caseflow.workflow.journey.Outbox;
import org.caseflow.workflow.journey.TimescaleBreaches;
import org.caseflow.workflow.timescale.StatutoryClocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** front-door.bpmn on the real engine: the decision due in 1 working day (rule T1), its escalation, every outcome. */
@WorkflowIntegrationTest
class FrontDoorProcessTest {

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
    TimescaleBreaches breaches;

    @BeforeEach
    void useThisEngine() {
        init(engine);
    }

    @AfterEach
    void backToTheRealClock() {
        ClockUtil.reset();
    }

    @ParameterizedTest(name = "received {0} -> decision due by the end of {1}")
    @CsvSource({
            "2025-12-19T10:30, 2025-12-22", // Friday -> Monday
            "2025-12-24T16:00, 2025-12-29", // Christmas Eve is a working day; 25, 26 Dec and the weekend are not
            "2025-12-31T09:00, 2026-01-02", // New Year's Day skipped
            "2026-04-02T12:00, 2026-04-07", // Good Friday and Easter Monday skipped
            "2025-12-20T11:00, 2025-12-22", // received on a Saturday: Monday is day 1
            "2026-02-27T17:45, 2026-03-02", // month end
            "2028-02-28T09:00, 2028-02-29"  // leap day is a working day
    })
    void theDecisionIsDueOneWorkingDayAfterReceipt(String receivedAt, LocalDate due) {
        // the engine's clock a week after receipt: a contact may not be recorded before it arrives
        ClockUtil.setCurrentTime(StatutoryClocks.startOf(due.plusDays(7)));
        ProcessInstance contact = contactReceived(receivedAt);

        assertThat(contact).isWaitingAt("DecideOnContact");
        Task decision = taskOf(contact);
        assertThat(decision).hasCandidateGroup("front-door");
        assertThat(decision.getDueDate()).isEqualTo(StatutoryClocks.endOf(due));
        assertThat(decision.getFollowUpDate()).isEqualTo(StatutoryClocks.startOf(due));
        assertThat(timer(contact, "Timer_ContactDecisionDue1WD").getDuedate()).isEqualTo(StatutoryClocks.endOf(due));
    }

    @Test
    void aContactGetsItsIdsAndIsPublished() {
        ProcessInstance contact = contactReceived("2025-12-19T10:30");

        assertThat(contact).variables().containsKeys("contactId", "laChildId");
        assertThat(contact.getBusinessKey()).startsWith("CON-");
        Map<String, Object> received = outbox.eventsOf(contact.getId()).get(0);
        assertThat(received).containsEntry("type", "ContactReceived").containsEntry("team", "front-door")
                .containsEntry("occurred_on", java.sql.Date.valueOf("2025-12-19"))
                .containsEntry("due_on", java.sql.Date.valueOf("2025-12-22"));
        assertThat((String) received.get("data")).contains("\"childGivenName\": \"Amy\"", "\"contactSource\": \"POLICE\"");
    }

    @Test
    void aMissedDecisionEscalatesToTheFrontDoorManagersAndStaysOpen() {
        ProcessInstance contact = contactReceived("2025-12-19T10:30");

        management.executeJob(timer(contact, "Timer_ContactDecisionDue1WD").getId());

        assertThat(contact).isWaitingAt("DecideOnContact", "ReviewOverdueContactDecision");
        Task review = tasks.createTaskQuery().processInstanceId(contact.getId())
                .taskDefinitionKey("ReviewOverdueContactDecision").singleResult();
        assertThat(review).hasCandidateGroup("front-door-managers");
        assertThat(outbox.typesOf(contact.getId())).containsExactly("ContactReceived", "ContactDecisionOverdue");
        assertThat(outbox.eventsOf(contact.getId()).get(1)).containsEntry("occurred_on", java.sql.Date.valueOf("2025-12-22"));
        assertThat((String) outbox.eventsOf(contact.getId()).get(1).get("data")).contains("\"timescale\": \"T1\"");

        tasks.complete(review.getId(), withVariables("reviewDate", "2025-12-23", "managerAction", "Allocated to the duty senior."));
        assertThat(outbox.typesOf(contact.getId())).endsWith("OverdueContactDecisionReviewed");
    }

    @Test
    void theManagersReadWhatWasMissedInTheWordsOfTheRuleAndByHowManyWorkingDays() {
        ProcessInstance contact = contactReceived("2025-12-19T10:30");

        // the job executor was down over Christmas: the timer fires on 29 December, 3 working days late
        ClockUtil.setCurrentTime(StatutoryClocks.startOf(java.time.LocalDate.parse("2025-12-29")));
        management.executeJob(timer(contact, "Timer_ContactDecisionDue1WD").getId());

        Task review = reviewOf(contact);
        assertThat(tasks.createTaskQuery().taskId(review.getId()).initializeFormKeys().singleResult().getCamundaFormRef().getKey())
                .as("the one review form every stage shares").isEqualTo("review-overdue-work");
        assertThat((String) tasks.getVariableLocal(review.getId(), "escalationText"))
                .isEqualTo("Missed: **decide the next step on a referral or contact, and tell the referrer, within 1 working day of"
                        + " receiving it** (1 working day, rule T1). It was due by the end of **2025-12-22** and nothing had been"
                        + " recorded by then: it was **3 working days late** when this review was raised on 2025-12-29.");
    }

    @Test
    void aDecisionTypedAfterItsEscalationButMadeInTimeClosesTheEscalationAndIsNoBreach() {
        long breachesBefore = decisionBreaches();
        ProcessInstance contact = contactReceived("2025-12-19T10:30");
        management.executeJob(timer(contact, "Timer_ContactDecisionDue1WD").getId());
        assertThat(decisionBreaches()).isEqualTo(breachesBefore + 1);

        // decided on Monday 22 December, the due day, and typed on the 23rd after the timer fired
        decide(contact, "NO_FURTHER_ACTION", "2025-12-22", null);

        assertThat(contact).isEnded().hasPassed("ContactClosedNoFurtherAction", "EscalationClosedRecordedInTime")
                .hasNotPassed("OverdueContactDecisionReviewed");
        assertThat(outbox.typesOf(contact.getId()))
                .containsExactly("ContactReceived", "ContactDecisionOverdue", "ContactDecided", "RecordedInTime");
        Map<String, Object> closed = outbox.eventsOf(contact.getId()).get(3);
        assertThat(closed).containsEntry("occurred_on", java.sql.Date.valueOf("2025-12-22"))
                .containsEntry("due_on", java.sql.Date.valueOf("2025-12-22"));
        assertThat((String) closed.get("data")).contains("\"escalation\": \"RECORDED_IN_TIME\"", "\"timescale\": \"T1\"");
        assertThat(decisionBreaches()).as("judged by its business date: no breach").isEqualTo(breachesBefore);
    }

    @Test
    void aDecisionMadeLateLeavesTheEscalationWithTheManagersAndCountsAsABreach() {
        long breachesBefore = decisionBreaches();
        ProcessInstance contact = contactReceived("2025-12-19T10:30");
        management.executeJob(timer(contact, "Timer_ContactDecisionDue1WD").getId());

        decide(contact, "NO_FURTHER_ACTION", "2025-12-23", null);

        assertThat(contact).isWaitingAt("ReviewOverdueContactDecision");
        assertThat(outbox.typesOf(contact.getId())).doesNotContain("RecordedInTime");
        assertThat(decisionBreaches()).isEqualTo(breachesBefore + 1);
        assertThat((String) outbox.eventsOf(contact.getId()).get(1).get("data")).contains("\"escalation\": \"BREACHED\"");
    }

    @ParameterizedTest(name = "{0} ends at {1}")
    @CsvSource({
            "NO_FURTHER_ACTION, ContactClosedNoFurtherAction",
            "INFORMATION_AND_ADVICE, ContactClosedWithAdvice",
            "EARLY_HELP, HandOff_EarlyHelp"})
    void eachDecisionEndsWhereItSays(String outcome, String end) {
        ProcessInstance contact = contactReceived("2025-12-19T10:30");

        decide(contact, outcome, "2025-12-22", null);

        assertThat(contact).isEnded().hasPassed(end);
        assertThat(outbox.typesOf(contact.getId())).containsExactly("ContactReceived", "ContactDecided");
    }

    @Test
    void aReferralStartsAnAssessmentDatedTheDayOfTheDecision() {
        ProcessInstance contact = contactReceived("2025-12-19T10:30");

        decide(contact, "REFERRAL", "2025-12-22", "team-north");

        assertThat(contact).isWaitingAt("Assessment");
        ProcessInstance assessment = calledProcessInstance("assessment", contact);
        assertThat(assessment).isWaitingAt("AllocateSocialWorker")
                .variables().containsEntry("referralDate", "2025-12-22").containsEntry("assessmentDueOn", "2026-02-26");
        assertThat(assessment.getBusinessKey()).startsWith("REF-");
    }

    @Test
    void anImmediateStrategyDiscussionOpensAReferralAndStartsChildProtectionBesideTheAssessment() {
        ProcessInstance contact = contactReceived("2025-12-19T10:30");

        decide(contact, "STRATEGY_DISCUSSION", "2025-12-19", "team-north");

        ProcessInstance assessment = calledProcessInstance("assessment", contact);
        assertThat(assessment.getBusinessKey()).as("a referral, so that the enquiry sits in a referral episode").startsWith("REF-");
        assertThat(assessment).isWaitingAt("AllocateSocialWorker", "ImmediateChildProtection");
        assertThat(outbox.typesOf(assessment.getId())).containsExactly("ReferralReceived");
        ProcessInstance childProtection = calledProcessInstance("child-protection", assessment);
        assertThat(childProtection).isWaitingAt("HoldStrategyDiscussion").variables()
                .containsEntry("strategyRequestedOn", "2025-12-19")
                .containsEntry("strategyDueOn", "2025-12-22")
                .containsEntry("referralId", assessment.getBusinessKey());
    }

    @Test
    void aStrategyDiscussionNeedsTheTeamThatTakesTheReferral() {
        ProcessInstance contact = contactReceived("2025-12-19T10:30");

        assertThatThrownBy(() -> decide(contact, "STRATEGY_DISCUSSION", "2025-12-22", null))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("assessment team");
        assertThat(contact).isWaitingAt("DecideOnContact");
    }

    @Test
    void aReferralNeedsATeamThatExists() {
        ProcessInstance contact = contactReceived("2025-12-19T10:30");

        assertThatThrownBy(() -> decide(contact, "REFERRAL", "2025-12-22", null))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("assessment team");
        assertThatThrownBy(() -> decide(contact, "REFERRAL", "2025-12-22", "team-nowhere"))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("team-nowhere");
        assertThat(contact).isWaitingAt("DecideOnContact");
        assertThat(outbox.typesOf(contact.getId())).containsExactly("ContactReceived");
    }

    @Test
    void aContactCannotBeRecordedBeforeItArrives() {
        assertThatThrownBy(() -> contactReceived("2099-12-19T10:30"))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("future");
    }

    @Test
    void aDecisionCannotPredateTheContactNorBeInTheFuture() {
        ProcessInstance contact = contactReceived("2025-12-19T10:30");

        assertThatThrownBy(() -> decide(contact, "NO_FURTHER_ACTION", "2025-12-18", null))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("cannot be before");
        assertThatThrownBy(() -> decide(contact, "NO_FURTHER_ACTION", "2099-01-01", null))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("future");
        assertThat(contact).isWaitingAt("DecideOnContact");
    }

    @Test
    void aPoliceNotificationArrivingAlreadyOldIsFlaggedOnTheDecisionsTask() {
        ProcessInstance old = runtime.startProcessInstanceByKey("front-door", withVariables(
                "childGivenName", "Amy", "childFamilyName", "Jones", "childDateOfBirth", "2016-04-02", "contactSource", "POLICE",
                "incidentDate", "2025-11-28", "contactChannel", "EMAIL", "contactReceivedAt", "2025-12-19T10:30",
                "contactReason", "Police notification of domestic abuse at the home."));
        ProcessInstance fresh = runtime.startProcessInstanceByKey("front-door", withVariables(
                "childGivenName", "Ben", "childFamilyName", "Jones", "childDateOfBirth", "2016-04-02", "contactSource", "POLICE",
                "incidentDate", "2025-12-16", "contactReceivedAt", "2025-12-19T10:30", "contactReason", "Police notification."));

        assertThat((String) tasks.getVariableLocal(taskOf(old).getId(), "policeNotificationFlag"))
                .contains("2025-11-28", "21 days before", "within 3 days");
        assertThat(tasks.getVariableLocal(taskOf(fresh).getId(), "policeNotificationFlag")).as("3 days old: not flagged").isNull();
        assertThat((String) outbox.eventsOf(old.getId()).get(0).get("data"))
                .contains("\"incidentDate\": \"2025-11-28\"", "\"contactChannel\": \"EMAIL\"");
        assertThatThrownBy(() -> runtime.startProcessInstanceByKey("front-door", withVariables(
                "childGivenName", "Cal", "childFamilyName", "Jones", "childDateOfBirth", "2016-04-02", "contactSource", "POLICE",
                "incidentDate", "2025-12-20", "contactReceivedAt", "2025-12-19T10:30", "contactReason", "Police notification.")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("incident");
    }

    @Test
    void theDecisionRecordsTheManagersOversightAndWhetherTheReferrerWasTold() {
        ProcessInstance contact = contactReceived("2025-12-19T10:30");

        assertThatThrownBy(() -> tasks.complete(taskOf(contact).getId(), withVariables("contactOutcome", "NO_FURTHER_ACTION",
                "decisionDate", "2025-12-19", "decisionRationale", "No role for children's services.", "referrerFollowUp", "TOLD")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("how the referrer was told");
        tasks.complete(taskOf(contact).getId(), withVariables("contactOutcome", "NO_FURTHER_ACTION", "decisionDate", "2025-12-19",
                "decisionRationale", "No role for children's services.", "referrerFollowUp", "TOLD", "referrerToldHow", "By email",
                "referrerToldOn", "2025-12-22"));

        String decided = (String) outbox.eventsOf(contact.getId()).stream().filter(event -> "ContactDecided".equals(event.get("type")))
                .findFirst().orElseThrow().get("data");
        assertThat(decided).contains("\"oversight\": \"CONTACT_DECISION\"",
                "\"oversightDirection\": \"No role for children's services.\"", "\"referrerFollowUp\": \"TOLD\"",
                "\"referrerToldOn\": \"2025-12-22\"");
    }

    @Test
    void anOutOfHoursContactIsHandedOverOnMondayWithItsClockFromSaturdaysReceipt() {
        ClockUtil.setCurrentTime(StatutoryClocks.startOf(LocalDate.of(2025, 12, 22)));
        ProcessInstance contact = runtime.startProcessInstanceByKey("front-door", withVariables(
                "childGivenName", "Kai", "childFamilyName", "Morgan", "childDateOfBirth", "2021-09-12", "contactSource", "POLICE",
                "contactChannel", "PHONE", "incidentDate", "2025-12-20", "outOfHours", true, "contactReceivedAt", "2025-12-20T23:10",
                "contactReason", "Found alone at home; police protection taken."));

        assertThat(contact).isWaitingAt("RecordEmergencyAction");
        assertThat(task(contact, "RecordEmergencyAction")).hasCandidateGroup("emergency-duty");
        assertThatThrownBy(() -> tasks.complete(task(contact, "RecordEmergencyAction").getId(), withVariables(
                "emergencyAction", "POLICE_PROTECTION", "emergencyActionDate", "2025-12-19", "emergencyActionDetail", "Placed overnight.")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("cannot be before");
        tasks.complete(task(contact, "RecordEmergencyAction").getId(), withVariables("emergencyAction", "POLICE_PROTECTION",
                "emergencyActionDate", "2025-12-20", "emergencyActionDetail", "Placed overnight with emergency foster carers."));
        Task handOver = task(contact, "HandOverToFrontDoor");
        assertThat(handOver).hasCandidateGroup("emergency-duty");
        assertThat(handOver.getDueDate()).as("the next working day").isEqualTo(StatutoryClocks.endOf(LocalDate.of(2025, 12, 22)));

        tasks.complete(handOver.getId(), withVariables("handoverDate", "2025-12-22", "handoverNote", "Strategy discussion needed today."));

        assertThat(contact).isWaitingAt("DecideOnContact");
        Task decision = taskOf(contact);
        assertThat(decision.getDueDate()).as("counted from Saturday's receipt, not Monday's hand-over")
                .isEqualTo(StatutoryClocks.endOf(LocalDate.of(2025, 12, 22)));
        assertThat(timer(contact, "Timer_ContactDecisionDue1WD").getDuedate()).isEqualTo(StatutoryClocks.endOf(LocalDate.of(2025, 12, 22)));
        assertThat(outbox.typesOf(contact.getId())).containsExactly("ContactReceived", "EmergencyActionTaken", "HandedOverToFrontDoor");
        assertThat(outbox.eventsOf(contact.getId()).get(1)).containsEntry("occurred_on", java.sql.Date.valueOf("2025-12-20"))
                .containsEntry("team", "emergency-duty").containsEntry("due_on", java.sql.Date.valueOf("2025-12-22"));
        assertThat(outbox.eventsOf(contact.getId()).get(2)).containsEntry("occurred_on", java.sql.Date.valueOf("2025-12-22"));
    }

    private ProcessInstance contactReceived(String receivedAt) {
        return runtime.startProcessInstanceByKey("front-door", withVariables(
                "childGivenName", "Amy", "childFamilyName", "Jones", "childDateOfBirth", "2016-04-02",
                "contactSource", "POLICE", "contactReceivedAt", receivedAt,
                "contactReason", "Police notification of domestic abuse at the home."));
    }

    private void decide(ProcessInstance contact, String outcome, String date, String team) {
        Map<String, Object> decision = new java.util.HashMap<>(Map.of("contactOutcome", outcome, "decisionDate", date,
                "decisionRationale", "Threshold discussed with the duty manager.", "referrerFollowUp", "NOT_TOLD",
                "referrerNotToldReason", "Told at the strategy discussion instead."));
        if (team != null) {
            decision.put("assessmentTeam", team);
        }
        tasks.complete(taskOf(contact).getId(), decision);
    }

    private Task reviewOf(ProcessInstance contact) {
        return tasks.createTaskQuery().processInstanceId(contact.getId()).taskDefinitionKey("ReviewOverdueContactDecision").singleResult();
    }

    /** Front-door decision breaches, as the breach metric counts them. */
    private long decisionBreaches() {
        return breaches.totals().stream().filter(total -> total.type().equals("ContactDecisionOverdue"))
                .mapToLong(TimescaleBreaches.Total::breaches).sum();
    }

    private Task taskOf(ProcessInstance contact) {
        return tasks.createTaskQuery().processInstanceId(contact.getId()).taskDefinitionKey("DecideOnContact").singleResult();
    }

    private Task task(ProcessInstance contact, String key) {
        return tasks.createTaskQuery().processInstanceId(contact.getId()).taskDefinitionKey(key).singleResult();
    }

    private Job timer(ProcessInstance instance, String activityId) {
        return management.createJobQuery().processInstanceId(instance.getId()).activityId(activityId).singleResult();
    }
}
