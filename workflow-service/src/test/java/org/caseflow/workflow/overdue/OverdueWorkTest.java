package org.caseflow.workflow.overdue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.caseflow.calendar.WorkingDayCalendar;
import org.caseflow.journey.events.BusinessDates;
import org.caseflow.testsupport.TestIdentity;
import org.caseflow.workflow.WorkflowIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * GET /api/workflow/overdue and the overdue metrics on the real engine, with the engine's clock set:
 * an assessment referred on 22 December 2025 is at risk from 12 February 2026 (35 working days) and
 * due by the end of 26 February (45 working days, rule T3), Christmas and New Year skipped.
 */
@WorkflowIntegrationTest
class OverdueWorkTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger CHILDREN = new AtomicInteger();

    @Autowired
    TestRestTemplate http;
    @Autowired
    TestIdentity identity;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    OverdueTasksMetric metric;
    @Autowired
    MeterRegistry registry;
    @Autowired
    ManagementService management;

    @AfterEach
    void backToRealTime() {
        ClockUtil.reset();
    }

    @ParameterizedTest(name = "on {0} the assessment is {1}, {2} working days overdue")
    @CsvSource({
            "2026-02-12T08:00, AT_RISK, 0",  // the first at-risk day, at its start
            "2026-02-26T23:30, AT_RISK, 0",  // the deadline day is not over until its end
            "2026-02-27T00:30, OVERDUE, 1",  // the day after the deadline
            "2026-02-28T12:00, OVERDUE, 1",  // a Saturday adds no working day
            "2026-03-02T09:00, OVERDUE, 2"   // nor does the Sunday: Monday is the second
    })
    void anAllocatedAssessmentTurnsAtRiskThenOverdueOnItsTeamsList(String at, TaskTiming timing, int workingDaysOverdue) throws Exception {
        String child = assessmentAllocatedTo("north.worker", "team-north");
        clockAt(at);

        JsonNode team = team(report("north.manager", ""), "team-north");
        JsonNode task = taskOf(team, child);

        assertThat(task.get("timing").asText()).isEqualTo(timing.name());
        assertThat(task.get("workingDaysOverdue").asInt()).isEqualTo(workingDaysOverdue);
        assertThat(task.get("task").asText()).isEqualTo("CompleteAssessment");
        assertThat(task.get("assignee").asText()).isEqualTo("north.worker");
        assertThat(task.get("childName").asText()).isEqualTo("Ola Nowak");
        assertThat(task.get("dueOn").asText()).isEqualTo("2026-02-26");
        assertThat(task.get("atRiskFrom").asText()).isEqualTo("2026-02-12");
        assertThat(workerLoad(team, "north.worker").get(timing == TaskTiming.OVERDUE ? "overdue" : "atRisk").asInt()).isPositive();
    }

    @Test
    void anAssessmentNotYetAtRiskIsNotListed() throws Exception {
        String child = assessmentAllocatedTo("north.worker", "team-north");
        clockAt("2026-02-11T17:00");

        assertThat(tasksOf(team(report("north.manager", ""), "team-north"), child)).isEmpty();
    }

    @Test
    void aManagerSeesTheirOwnTeamsOnlyAndAnAdministratorSeesEveryTeam() throws Exception {
        String north = assessmentAllocatedTo("north.worker", "team-north");
        String south = assessmentAllocatedTo("south.worker", "team-south");
        clockAt("2026-03-02T09:00");

        JsonNode northView = report("north.manager", "");
        assertThat(northView.get("teams")).extracting(team -> team.get("team").asText()).containsExactly("team-north");
        assertThat(tasksOf(team(northView, "team-north"), north)).hasSize(1);
        assertThat(northView.toString()).doesNotContain(south);

        JsonNode everyTeam = report("admin", "");
        assertThat(tasksOf(team(everyTeam, "team-north"), north)).hasSize(1);
        assertThat(tasksOf(team(everyTeam, "team-south"), south)).hasSize(1);

        assertThat(tasksOf(team(report("admin", "?team=team-south"), "team-south"), south)).hasSize(1);
    }

    @Test
    void aContactAwaitingDecisionIsTheFrontDoorsUnallocatedWork() throws Exception {
        String child = "C" + (7_100_000 + CHILDREN.incrementAndGet());
        runtime.startProcessInstanceByKey("front-door", Map.of("laChildId", child, "childGivenName", "Ola",
                "childFamilyName", "Nowak", "contactSource", "POLICE", "contactReceivedAt", "2025-12-19T10:30",
                "contactReason", "Police notification.", "childDateOfBirth", "2016-04-02"));
        clockAt("2025-12-23T09:00");

        JsonNode frontDoor = team(report("frontdoor.manager", ""), "front-door");
        JsonNode task = taskOf(frontDoor, child);
        assertThat(task.get("task").asText()).isEqualTo("DecideOnContact");
        assertThat(task.get("dueOn").asText()).isEqualTo("2025-12-22");
        assertThat(task.get("timing").asText()).isEqualTo("OVERDUE");
        assertThat(task.get("assignee").isNull()).isTrue();
        assertThat(workerLoad(frontDoor, null).get("overdue").asInt()).isPositive();
    }

    @Test
    void onlyManagersAndAdministratorsMayLookAndAManagerOnlyAtTheirOwnTeams() throws Exception {
        assertThat(identity.as(http, "north.worker").getForEntity("/api/workflow/overdue", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(identity.as(http, "performance").getForEntity("/api/workflow/overdue", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<String> otherTeam = identity.as(http, "north.manager").getForEntity("/api/workflow/overdue?team=team-south", String.class);
        assertThat(otherTeam.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(otherTeam.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(JSON.readTree(otherTeam.getBody()).get("detail").asText()).contains("you manage team-north");

        ResponseEntity<String> notATeam = identity.as(http, "admin").getForEntity("/api/workflow/overdue?team=<script>", String.class);
        assertThat(notATeam.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(notATeam.getHeaders().getContentType()).hasToString("application/problem+json");
    }

    @Test
    void theForecastNamesWorkThatBecomesOverdueInTheNextFiveWorkingDaysByWorker() throws Exception {
        KnownWork known = new KnownWork(runtime, tasks);
        String dueThursday = known.assessmentAllocatedTo("north.worker", "team-north", referredToBeDueOn("2026-03-05"));
        String dueNextTuesday = known.assessmentAllocatedTo("north.worker", "team-north", referredToBeDueOn("2026-03-10"));
        String late = assessmentAllocatedTo("north.worker", "team-north");
        clockAt("2026-03-02T09:00");

        JsonNode forecast = get("north.manager", "/api/workflow/overdue/forecast");
        assertThat(forecast.get("today").asText()).isEqualTo("2026-03-02");
        assertThat(forecast.get("workingDaysAhead").asInt()).isEqualTo(5);
        assertThat(forecast.get("lastDay").asText()).isEqualTo("2026-03-09");
        assertThat(forecast.get("teams")).extracting(team -> team.get("team").asText()).containsExactly("team-north");

        JsonNode north = team(forecast, "team-north");
        JsonNode task = taskOf(north, dueThursday);
        assertThat(task.get("dueOn").asText()).isEqualTo("2026-03-05");
        assertThat(task.get("workingDaysLeft").asInt()).isEqualTo(3);
        assertThat(task.get("journey").asText()).isEqualTo("assessment");
        assertThat(task.get("assignee").asText()).isEqualTo("north.worker");
        assertThat(task.get("taskId").asText()).isEqualTo(known.taskOf(dueThursday, "CompleteAssessment"));
        assertThat(tasksOf(north, dueNextTuesday)).as("due after the fifth working day").isEmpty();
        assertThat(tasksOf(north, late)).as("already overdue").isEmpty();
        assertThat(workerLoad(north, "north.worker").get("dueSoon").asInt()).isPositive();
        assertThat(north.get("dueSoon").asInt()).isEqualTo(north.get("tasks").size());
    }

    @Test
    void theForecastIsForTheSamePeopleAsTheReport() {
        assertThat(identity.as(http, "north.worker").getForEntity("/api/workflow/overdue/forecast", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(identity.as(http, "north.manager").getForEntity("/api/workflow/overdue/forecast?team=team-south", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(identity.as(http, "admin").getForEntity("/api/workflow/overdue/forecast?journey=<script>", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void eachTaskNamesItsJourneyAndTheReportFiltersByJourney() throws Exception {
        String child = assessmentAllocatedTo("north.worker", "team-north");
        clockAt("2026-03-02T09:00");

        assertThat(taskOf(team(report("north.manager", "?journey=assessment"), "team-north"), child).get("journey").asText())
                .isEqualTo("assessment");
        assertThat(tasksOf(team(report("north.manager", "?journey=front-door"), "team-north"), child)).isEmpty();
    }

    @Test
    void theMetricsCountOverdueAndAtRiskTasksByTaskAndTeam() {
        clockAt("2026-03-02T09:00");
        metric.refresh();
        double overdueBefore = gauge("caseflow.tasks.overdue", "CompleteAssessment", "team-south");

        assessmentAllocatedTo("south.worker", "team-south");
        metric.refresh();
        assertThat(gauge("caseflow.tasks.overdue", "CompleteAssessment", "team-south")).isEqualTo(overdueBefore + 1);

        clockAt("2026-02-13T09:00");
        metric.refresh();
        assertThat(gauge("caseflow.tasks.at-risk", "CompleteAssessment", "team-south")).isPositive();
        assertThat(gauge("caseflow.tasks.overdue", "CompleteAssessment", "team-south"))
                .as("still in the series, at 0, when nothing is overdue").isZero();
    }

    @Test
    void everyFiredStatutoryTimerCountsAsABreachOnceItHasCommitted() {
        metric.refresh();
        double before = gauge("caseflow.timers.breached", "event", "ContactDecisionOverdue", "front-door");
        String contact = runtime.startProcessInstanceByKey("front-door", Map.of("laChildId", "C7200001", "childGivenName", "Ola",
                "childFamilyName", "Nowak", "contactSource", "POLICE", "contactReceivedAt", "2025-12-19T10:30",
                "contactReason", "Police notification.", "childDateOfBirth", "2016-04-02")).getId();

        metric.refresh();
        assertThat(gauge("caseflow.timers.breached", "event", "ContactDecisionOverdue", "front-door"))
                .as("not yet fired").isEqualTo(before);

        management.executeJob(management.createJobQuery().processInstanceId(contact).timers().singleResult().getId());
        metric.refresh();
        assertThat(gauge("caseflow.timers.breached", "event", "ContactDecisionOverdue", "front-door")).isEqualTo(before + 1);
    }

    /** A new child's assessment, referred on 22 December 2025 and allocated the next day. */
    private String assessmentAllocatedTo(String worker, String team) {
        String child = "C" + (7_000_000 + CHILDREN.incrementAndGet());
        String instance = runtime.startProcessInstanceByKey("assessment", Map.of("laChildId", child,
                "contactId", "CON-7" + child.substring(3), "childGivenName", "Ola", "childFamilyName", "Nowak",
                "contactSource", "SCHOOL", "referralDate", "2025-12-22", "assessmentTeam", team)).getId();
        tasks.complete(tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("AllocateSocialWorker")
                .singleResult().getId(), Map.of("allocatedWorker", worker, "allocationDate", "2025-12-23"));
        return child;
    }

    private static void clockAt(String londonTime) {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(londonTime).atZone(BusinessDates.LONDON).toInstant()));
    }

    private static LocalDate referredToBeDueOn(String due) {
        return WorkingDayCalendar.englandAndWales().workingDaysBefore(LocalDate.parse(due), 45);
    }

    private JsonNode report(String user, String query) throws Exception {
        return get(user, "/api/workflow/overdue" + query);
    }

    private JsonNode get(String user, String path) throws Exception {
        ResponseEntity<String> response = identity.as(http, user).getForEntity(path, String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        return JSON.readTree(response.getBody());
    }

    private static JsonNode team(JsonNode report, String team) {
        return StreamSupport.stream(report.get("teams").spliterator(), false)
                .filter(node -> node.get("team").asText().equals(team)).findFirst().orElseThrow();
    }

    private static java.util.List<JsonNode> tasksOf(JsonNode team, String child) {
        return StreamSupport.stream(team.get("tasks").spliterator(), false)
                .filter(task -> child.equals(task.get("laChildId").asText())).toList();
    }

    private static JsonNode taskOf(JsonNode team, String child) {
        assertThat(tasksOf(team, child)).as("tasks of " + child).hasSize(1);
        return tasksOf(team, child).get(0);
    }

    private static JsonNode workerLoad(JsonNode team, String worker) {
        return StreamSupport.stream(team.get("workers").spliterator(), false)
                .filter(load -> worker == null ? load.get("worker").isNull() : worker.equals(load.get("worker").asText()))
                .findFirst().orElseThrow();
    }

    private double gauge(String name, String task, String team) {
        return gauge(name, "task", task, team);
    }

    private double gauge(String name, String key, String value, String team) {
        Gauge gauge = registry.find(name).tags(key, value, "team", team).gauge();
        return gauge == null ? 0 : gauge.value();
    }
}
