package org.caseflow.workflow.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.caseflow.workflow.WorkflowIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@WorkflowIntegrationTest
class DemoJourneysTest {

    @Autowired
    DemoJourneys demo;
    @Autowired
    HistoryService history;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    JdbcClient jdbc;

    @Test
    void demoDataTakesContactsThroughTheRealJourneysAsTheDemoUsers() {
        long contactsBefore = contacts();
        long eventsBefore = jdbc.sql("select count(*) from journey.event").query(Long.class).single();
        long lastEventBefore = jdbc.sql("select coalesce(max(id), 0) from journey.event").query(Long.class).single();

        // the demo runs on an empty engine, before the schedule starts each worker's supervision from today
        runtime.createProcessInstanceQuery().processDefinitionKey("supervision").list()
                .forEach(journey -> runtime.deleteProcessInstance(journey.getId(), "the demo starts supervision six months back"));
        demo.load();

        assertThat(contacts() - contactsBefore).as("40 contacts, a restricted record, a Saturday night's police protection,"
                + " 3 children in child protection, a step-up").isEqualTo(46);
        Map<String, Long> events = jdbc.sql("select type, count(*) from journey.event group by type").query()
                .listOfRows().stream().collect(java.util.stream.Collectors.toMap(
                        row -> (String) row.get("type"), row -> (Long) row.get("count")));
        assertThat(events.get("ContactReceived")).isGreaterThanOrEqualTo(41);
        assertThat(events).containsKeys("ContactDecided", "ReferralReceived", "SocialWorkerAllocated", "AssessmentCompleted",
                "StrategyDiscussionHeld", "Section47Submitted", "Section47EndorsementDecided", "Section47Completed", "IcpcHeld", "CpPlanStarted", "CpVisitMade", "CoreGroupHeld",
                "CinPlanStarted", "EarlyHelpEpisodeStarted", "AssessmentSubmitted", "AssessmentAuthorisationDecided", "EmergencyActionTaken",
                "HandedOverToFrontDoor", "EarlyHelpTransferAccepted", "EarlyHelpAssessmentCompleted", "StepUpDecided",
                "CareStarted", "ClaVisitMade", "ClaReviewHeld", "PlacementChanged", "CareCeased", "SupervisionHeld", "SupervisionDue",
                "CaseReallocated", "FosterCarerApproved", "CarerDbsCheckDue", "CarerDbsChecked", "CarerSupervisionVisitDue",
                "CarerSupervisionVisitMade", "FosterCarerDeregistered");
        assertThat(jdbc.sql("select data->>'carerType' as type, count(*) from journey.event where type = 'FosterCarerApproved'"
                        + " and data->>'carerId' like 'FC-000%' group by data->>'carerType'").query().listOfRows())
                .as("in-house and kinship carers").hasSize(2);
        assertThat(jdbc.sql("select count(*) from journey.event where type = 'SupervisionHeld' and data->>'supervisedWorker' = 'kinship.worker'")
                .query(Long.class).single()).as("the carers' case workers are supervised too").isPositive();
        assertThat(jdbc.sql("select count(distinct data->>'supervisedWorker') from journey.event where type = 'SupervisionHeld'")
                .query(Long.class).single()).as("six months of supervision for the case-holding workers").isGreaterThan(5);
        assertThat(jdbc.sql("select count(*) from journey.event where type = 'CaseReallocated' and data->>'caseWorker' like 'cic.%'")
                .query(Long.class).single()).as("children looked after allocated to the children in care team").isPositive();
        assertThat(jdbc.sql("select count(*) from journey.event where type = 'EarlyHelpEpisodeStarted' and data->>'ehOrigin' like '%STEP_DOWN'")
                .query(Long.class).single()).as("a step-down").isPositive();
        Instant now = Instant.now();
        assertThat(openTasks("HoldInitialConference")).as("an initial conference late")
                .anySatisfy(task -> assertThat(task.getDueDate().toInstant()).isBefore(now));
        assertThat(openTasks("RecordCpVisit")).as("a plan with its visit overdue")
                .anySatisfy(task -> assertThat(task.getDueDate().toInstant()).isBefore(now));
        assertThat(openTasks("HoldReviewConference")).as("a review conference due next week")
                .anySatisfy(task -> assertThat(task.getDueDate().toInstant()).isBetween(now, now.plus(Duration.ofDays(8))));
        assertThat(openTasks("RecordSupervision")).as("the children in care team's supervision lapsed last month")
                .anySatisfy(task -> assertThat(task.getDueDate().toInstant()).isBefore(now.minus(Duration.ofDays(7))));
        assertThat(openTasks("RecordDbsCheck")).as("a kinship carer approved with no DBS check recorded")
                .anySatisfy(task -> assertThat(task.getDueDate().toInstant()).isBefore(now.minus(Duration.ofDays(14))));
        assertThat(openTasks("RecordCarerSupervisionVisit")).as("a carer whose supervisory visit is overdue")
                .anySatisfy(task -> assertThat(task.getDueDate().toInstant()).isBefore(now.minus(Duration.ofDays(14))));
        assertThat(jdbc.sql("select count(*) from journey.event where type = 'FosterCarerDeregistered' and data->>'carerId' = 'FC-0006'")
                .query(Long.class).single()).as("a kinship carer deregistered").isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from journey.event").query(Long.class).single() - eventsBefore).isGreaterThan(100);
        List<String> workers = jdbc.sql("select distinct worker from journey.event where worker is not null").query(String.class).list();
        assertThat(workers).contains("frontdoor.worker", "frontdoor.manager").containsAnyOf("north.worker", "south.worker");
        // a child the front door hears of again is the same child: one name and date of birth per LA child id
        List<Map<String, Object>> contactsPerChild = jdbc.sql("""
                        select la_child_id, count(*) as contacts,
                               count(distinct concat_ws('|', data->>'childGivenName', data->>'childFamilyName', data->>'childDateOfBirth')) as identities
                        from journey.event where type = 'ContactReceived' and id > :last group by la_child_id""")
                .param("last", lastEventBefore).query().listOfRows();
        assertThat(contactsPerChild).anySatisfy(child -> assertThat((Long) child.get("contacts")).isGreaterThan(1));
        assertThat(contactsPerChild).allSatisfy(child -> assertThat(child.get("identities")).as(child.toString()).isEqualTo(1L));
        // every task left open, in every journey the demo reaches, says whom it is about: a child by
        // name and LA child id, a foster carer household by its id, a worker by name and user id
        List<Task> open = tasks.createTaskQuery().list();
        assertThat(open).allSatisfy(task -> assertThat(task.getName()).as(task.getTaskDefinitionKey())
                .matches("[^:]+: (.+ \\((C\\d+|FC-\\d+|[a-z0-9]+\\.[a-z0-9]+)\\)|[a-z0-9]+\\.[a-z0-9]+)"));
        assertThat(open).extracting(task -> task.getProcessDefinitionId().split(":")[0]).contains("front-door", "assessment",
                "child-protection", "cp-plan", "cin-plan", "early-help", "looked-after", "supervision", "foster-carer");
        // a completed step leaves no timer behind to fire later
        assertThat(management.createJobQuery().timers().list()).allSatisfy(job ->
                assertThat(tasks.createTaskQuery().processInstanceId(job.getProcessInstanceId()).count()).isPositive());
    }

    private List<Task> openTasks(String taskKey) {
        return tasks.createTaskQuery().taskDefinitionKey(taskKey).list();
    }

    private long contacts() {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey("front-door").count();
    }
}
