package org.caseflow.workflow.fostering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
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
 * foster-carer.bpmn on the real engine: a carer approved with or without a DBS check; the check
 * renewed every 3 years (local rule T27) and the carer visited every 6 weeks (T28), each counted
 * from the date actually recorded; missed work escalating to the fostering team's managers;
 * deregistration stopping every clock; an approval refused for a carer id used before or a
 * supervising worker outside the fostering team.
 */
@WorkflowIntegrationTest
class FosterCarerProcessTest {

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
    void aCarerApprovedWithADbsCheckHasItRenewedThreeYearsOnAndIsFirstVisitedWithinSixWeeks() {
        ProcessInstance carer = approve("FC-9001", "IN_HOUSE", "2026-03-02", "fostering.worker", "2025-11-20");

        assertThat(carer.getBusinessKey()).isEqualTo("FC-9001");
        Task check = task(carer, "RecordDbsCheck");
        assertThat(check.getDueDate()).as("3 years after the last check (T27)").isEqualTo(StatutoryClocks.endOf(LocalDate.of(2028, 11, 20)));
        assertThat(check).isAssignedTo("fostering.worker");
        assertThat(tasks.getIdentityLinksForTask(check.getId())).anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("team-fostering"));
        Task visit = task(carer, "RecordCarerSupervisionVisit");
        assertThat(visit.getDueDate()).as("6 weeks after the approval (T28)").isEqualTo(StatutoryClocks.endOf(LocalDate.of(2026, 4, 13)));
        assertThat(visit).isAssignedTo("fostering.worker");
        assertThat(task(carer, "RecordCarerDeregistered")).hasCandidateGroup("team-fostering-managers");
        assertThat(runtime.getVariable(carer.getId(), "carerVisitRule")).isEqualTo("6 weeks, rule T28");

        List<Map<String, Object>> events = outbox.eventsOf(carer.getId());
        assertThat(events).extracting(event -> event.get("type"))
                .containsExactly("FosterCarerApproved", "CarerDbsCheckDue", "CarerSupervisionVisitDue");
        assertThat(events).allSatisfy(event -> assertThat(event).containsEntry("la_child_id", null).containsEntry("team", "team-fostering"));
        assertThat(events).allSatisfy(event -> assertThat((String) event.get("data"))
                .contains("\"carerId\": \"FC-9001\"", "\"carerType\": \"IN_HOUSE\"", "\"supervisingWorker\": \"fostering.worker\""));
        assertThat(events.get(0)).containsEntry("occurred_on", java.sql.Date.valueOf("2026-03-02"));
        assertThat((String) events.get(0).get("data")).contains("\"dbsCheckDate\": \"2025-11-20\"", "\"carerHouseholdName\": \"The FC-9001 household\"");
        assertThat(events.get(1)).containsEntry("occurred_on", java.sql.Date.valueOf("2025-11-20"))
                .containsEntry("due_on", java.sql.Date.valueOf("2028-11-20"));
        assertThat(events.get(2)).containsEntry("occurred_on", java.sql.Date.valueOf("2026-03-02"))
                .containsEntry("due_on", java.sql.Date.valueOf("2026-04-13"));
    }

    @Test
    void aCarerApprovedWithoutADbsCheckMustRecordOneAtOnceAndItsMissIsEscalated() {
        ProcessInstance carer = approve("FC-9002", "KINSHIP", "2026-03-02", "kinship.worker", null);

        assertThat(task(carer, "RecordDbsCheck").getDueDate()).as("due on the day of approval")
                .isEqualTo(StatutoryClocks.endOf(LocalDate.of(2026, 3, 2)));
        assertThat(runtime.getVariable(carer.getId(), "dbsCheckRule")).isEqualTo("at once, rule T27");
        assertThat((String) outbox.eventsOf(carer.getId()).get(0).get("data")).doesNotContain("dbsCheckDate");

        fire(carer, "Timer_DbsCheckDue");

        Task review = task(carer, "ReviewOverdueDbsCheck");
        assertThat(review).hasCandidateGroup("team-fostering-managers");
        assertThat((String) tasks.getVariableLocal(review.getId(), "escalationText")).contains("DBS check", "rule T27", "2026-03-02");
        assertThat((String) event(carer, "CarerDbsCheckOverdue").get("data")).contains("\"timescale\": \"T27\"", "\"escalation\": \"BREACHED\"");

        // the check was made before the approval and only typed now: the escalation closes as recorded in time
        tasks.complete(task(carer, "RecordDbsCheck").getId(), withVariables("dbsCheckDate", "2026-02-20"));

        assertThat(tasks.createTaskQuery().processInstanceId(carer.getId()).taskDefinitionKey("ReviewOverdueDbsCheck").count()).isZero();
        assertThat(outbox.typesOf(carer.getId())).containsSubsequence("CarerDbsCheckOverdue", "CarerDbsChecked", "CarerDbsCheckDue")
                .contains("RecordedInTime");
        assertThat((String) event(carer, "RecordedInTime").get("data")).contains("\"escalation\": \"RECORDED_IN_TIME\"", "\"timescale\": \"T27\"");
        Map<String, Object> checked = event(carer, "CarerDbsChecked");
        assertThat(checked).containsEntry("occurred_on", java.sql.Date.valueOf("2026-02-20"))
                .containsEntry("due_on", java.sql.Date.valueOf("2026-03-02")).containsEntry("worker", "kinship.worker");
        assertThat((String) checked.get("data")).contains("\"dbsRenewalDueOn\": \"2029-02-20\"", "\"carerType\": \"KINSHIP\"");
        assertThat(task(carer, "RecordDbsCheck").getDueDate()).isEqualTo(StatutoryClocks.endOf(LocalDate.of(2029, 2, 20)));
    }

    @Test
    void aDbsCheckOn29FebruaryIsRenewedBy28FebruaryThreeYearsOnAndARenewalIsANewCheck() {
        ProcessInstance carer = approve("FC-9003", "IN_HOUSE", "2024-02-29", "fostering.worker", "2024-02-29");

        assertThat(task(carer, "RecordDbsCheck").getDueDate()).isEqualTo(StatutoryClocks.endOf(LocalDate.of(2027, 2, 28)));
        assertThat(task(carer, "RecordCarerSupervisionVisit").getDueDate()).as("6 weeks across a leap February")
                .isEqualTo(StatutoryClocks.endOf(LocalDate.of(2024, 4, 11)));

        assertThatThrownBy(() -> tasks.complete(task(carer, "RecordDbsCheck").getId(), withVariables("dbsCheckDate", "2024-02-29")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("after the check it renews");
        assertThatThrownBy(() -> tasks.complete(task(carer, "RecordDbsCheck").getId(),
                withVariables("dbsCheckDate", LocalDate.now().plusDays(2).toString())))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("future");
        tasks.complete(task(carer, "RecordDbsCheck").getId(), withVariables("dbsCheckDate", "2026-10-30"));

        assertThat(task(carer, "RecordDbsCheck").getDueDate()).as("counted from the renewal itself, not from when it was due")
                .isEqualTo(StatutoryClocks.endOf(LocalDate.of(2029, 10, 30)));
    }

    @Test
    void visitsAreCountedFromTheDateOfTheLastVisitActuallyMade() {
        ProcessInstance carer = approve("FC-9004", "KINSHIP", "2026-01-05", "kinship.worker", "2025-12-01");
        assertThat(task(carer, "RecordCarerSupervisionVisit").getDueDate()).isEqualTo(StatutoryClocks.endOf(LocalDate.of(2026, 2, 16)));

        visit(carer, "2026-01-31");
        assertThat(task(carer, "RecordCarerSupervisionVisit").getDueDate()).as("an early visit brings the next forward")
                .isEqualTo(StatutoryClocks.endOf(LocalDate.of(2026, 3, 14)));
        visit(carer, "2026-03-20");
        assertThat(task(carer, "RecordCarerSupervisionVisit").getDueDate()).as("a late one pushes it back")
                .isEqualTo(StatutoryClocks.endOf(LocalDate.of(2026, 5, 1)));

        assertThatThrownBy(() -> visit(carer, "2026-03-19")).isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("the last visit");
        List<Map<String, Object>> made = outbox.eventsOf(carer.getId()).stream()
                .filter(event -> "CarerSupervisionVisitMade".equals(event.get("type"))).toList();
        assertThat(made).extracting(event -> event.get("occurred_on"))
                .containsExactly(java.sql.Date.valueOf("2026-01-31"), java.sql.Date.valueOf("2026-03-20"));
        assertThat(made).extracting(event -> event.get("due_on"))
                .containsExactly(java.sql.Date.valueOf("2026-02-16"), java.sql.Date.valueOf("2026-03-14"));
        Map<String, Object> lastDue = outbox.eventsOf(carer.getId()).stream()
                .filter(event -> "CarerSupervisionVisitDue".equals(event.get("type"))).reduce((first, second) -> second).orElseThrow();
        assertThat(lastDue).containsEntry("occurred_on", java.sql.Date.valueOf("2026-03-20"))
                .containsEntry("due_on", java.sql.Date.valueOf("2026-05-01"));
        assertThat((String) lastDue.get("data")).contains("\"carerVisitDate\": \"2026-03-20\"");
    }

    @Test
    void aMissedVisitEscalatesToTheFosteringTeamsManagersAndStaysDue() {
        ProcessInstance carer = approve("FC-9005", "IN_HOUSE", "2026-01-05", "fostering.worker", "2025-12-01");

        fire(carer, "Timer_CarerVisitDue");

        assertThat(task(carer, "ReviewOverdueCarerVisit")).hasCandidateGroup("team-fostering-managers");
        assertThat(task(carer, "RecordCarerSupervisionVisit")).as("the visit is still due").isAssignedTo("fostering.worker");
        Map<String, Object> overdue = event(carer, "CarerSupervisionVisitOverdue");
        assertThat(overdue).containsEntry("occurred_on", java.sql.Date.valueOf("2026-02-16")).containsEntry("team", "team-fostering");
        assertThat((String) overdue.get("data")).contains("\"timescale\": \"T28\"", "\"carerId\": \"FC-9005\"");

        visit(carer, "2026-02-20");

        assertThat(task(carer, "ReviewOverdueCarerVisit")).as("a visit made late leaves the escalation to the manager").isNotNull();
        assertThat(task(carer, "RecordCarerSupervisionVisit").getDueDate()).isEqualTo(StatutoryClocks.endOf(LocalDate.of(2026, 4, 3)));
        tasks.complete(task(carer, "ReviewOverdueCarerVisit").getId(), withVariables("reviewDate", "2026-02-23",
                "managerAction", "Discussed with the worker; visits booked ahead."));
        assertThat((String) event(carer, "OverdueCarerSupervisionVisitReviewed").get("data"))
                .contains("\"escalation\": \"REVIEWED\"", "\"timescale\": \"T28\"");
    }

    @Test
    void deregistrationStopsEveryClockAndOpenEscalation() {
        ProcessInstance carer = approve("FC-9006", "KINSHIP", "2026-01-05", "kinship.worker", null);
        fire(carer, "Timer_CarerVisitDue");

        assertThatThrownBy(() -> deregister(carer, "2026-01-02")).isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("the approval");
        deregister(carer, "2026-06-30");

        assertThat(carer).isEnded().hasPassed("CarerDeregistered", "CarerRegistrationEnded");
        assertThat(management.createJobQuery().processInstanceId(carer.getId()).count()).isZero();
        assertThat(tasks.createTaskQuery().processInstanceId(carer.getId()).count()).isZero();
        Map<String, Object> deregistered = event(carer, "FosterCarerDeregistered");
        assertThat(deregistered).containsEntry("occurred_on", java.sql.Date.valueOf("2026-06-30"));
        assertThat((String) deregistered.get("data")).contains("\"deregistrationReason\": \"PERMANENCE_ORDER\"", "\"carerId\": \"FC-9006\"");
    }

    @Test
    void aCarerIdIsNeverUsedForASecondHouseholdNotEvenAfterDeregistration() {
        ProcessInstance first = approve("FC-9007", "IN_HOUSE", "2026-01-05", "fostering.worker", "2025-12-01");

        assertThatThrownBy(() -> approve("FC-9007", "KINSHIP", "2026-02-02", "kinship.worker", "2026-01-20"))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("FC-9007 is already on the register");
        deregister(first, "2026-03-02");
        assertThatThrownBy(() -> approve("FC-9007", "KINSHIP", "2026-04-01", "kinship.worker", "2026-03-20"))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("FC-9007");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("foster-carer").processInstanceBusinessKey("FC-9007").count())
                .isZero();
    }

    @Test
    void theSupervisingSocialWorkerIsOneOfTheFosteringTeam() {
        assertThatThrownBy(() -> approve("FC-9008", "IN_HOUSE", "2026-01-05", "north.worker", "2025-12-01"))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("not a social worker of the fostering team");
        assertThatThrownBy(() -> approve("FC-9008", "IN_HOUSE", "2026-01-05", "fostering.manager", "2025-12-01"))
                .as("a manager is not a supervising social worker").isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("fostering.manager is not a social worker");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("foster-carer").processInstanceBusinessKey("FC-9008").count())
                .isZero();
    }

    @Test
    void onlyTheFosteringTeamApprovesItsCarersAndSeesTheirWork() {
        signIn("north.manager");
        assertThatThrownBy(() -> runtime.startProcessInstanceByKey("foster-carer", approval("FC-9009", "IN_HOUSE", "2026-01-05",
                "fostering.worker", "2025-12-01"))).isInstanceOf(AuthorizationException.class);

        signIn("fostering.manager");
        ProcessInstance carer = runtime.startProcessInstanceByKey("foster-carer", approval("FC-9009", "IN_HOUSE", "2026-01-05",
                "fostering.worker", "2025-12-01"));
        identity.clearAuthentication();
        assertThat(outbox.eventsOf(carer.getId()).get(0)).containsEntry("type", "FosterCarerApproved").containsEntry("worker", "fostering.manager");

        signIn("north.worker");
        assertThat(tasks.createTaskQuery().processInstanceId(carer.getId()).count()).as("another team's work is not theirs to see").isZero();
        signIn("fostering.worker");
        assertThat(tasks.createTaskQuery().processInstanceId(carer.getId()).list()).extracting(Task::getTaskDefinitionKey)
                .contains("RecordDbsCheck", "RecordCarerSupervisionVisit");
        signIn("fostering.manager");
        assertThat(tasks.createTaskQuery().processInstanceId(carer.getId()).list()).extracting(Task::getTaskDefinitionKey)
                .contains("RecordCarerDeregistered");
    }

    private ProcessInstance approve(String carerId, String type, String approvedOn, String worker, String dbsCheckedOn) {
        return runtime.startProcessInstanceByKey("foster-carer", approval(carerId, type, approvedOn, worker, dbsCheckedOn));
    }

    private static Map<String, Object> approval(String carerId, String type, String approvedOn, String worker, String dbsCheckedOn) {
        Map<String, Object> approval = new HashMap<>(Map.of("carerId", carerId, "carerHouseholdName", "The " + carerId + " household",
                "carerType", type, "carerApprovalDate", approvedOn, "supervisingWorker", worker));
        if (dbsCheckedOn != null) {
            approval.put("dbsCheckDate", dbsCheckedOn);
        }
        return approval;
    }

    private void visit(ProcessInstance carer, String date) {
        tasks.complete(task(carer, "RecordCarerSupervisionVisit").getId(), withVariables("carerVisitDate", date));
    }

    private void deregister(ProcessInstance carer, String date) {
        tasks.complete(task(carer, "RecordCarerDeregistered").getId(), withVariables("deregistrationDate", date,
                "deregistrationReason", "PERMANENCE_ORDER"));
    }

    private void fire(ProcessInstance carer, String timer) {
        management.executeJob(management.createJobQuery().processInstanceId(carer.getId()).activityId(timer).singleResult().getId());
    }

    private Map<String, Object> event(ProcessInstance carer, String type) {
        return outbox.eventsOf(carer.getId()).stream().filter(event -> type.equals(event.get("type"))).findFirst().orElseThrow();
    }

    private void signIn(String user) {
        identity.clearAuthentication();
        identity.setAuthentication(user, identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList());
    }

    private Task task(ProcessInstance instance, String key) {
        List<Task> found = tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).list();
        assertThat(found).as(key).hasSize(1);
        return found.get(0);
    }
}
