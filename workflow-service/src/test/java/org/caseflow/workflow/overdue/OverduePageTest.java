package org.caseflow.workflow.overdue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.caseflow.calendar.WorkingDayCalendar;
import org.caseflow.testsupport.TestIdentity;
import org.caseflow.workflow.WorkflowIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The manager's overdue page on the real engine, read as a browser would get it, on Monday 2 March
 * 2026 at 09:00 (engine clock). Team North holds three assessments: one referred on 22 December
 * 2025, due by Thursday 26 February (45 working days, rule T3), 2 working days late; one due on
 * Thursday 5 March, at risk and 3 working days from overdue; one due on Tuesday 10 March, at risk
 * but beyond the forecast, which runs to Monday 9 March (5 working days). Team South has one late
 * assessment, and the front door a contact due for its decision today.
 */
@WorkflowIntegrationTest
class OverduePageTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();
    private static final String MONDAY_MORNING = "2026-03-02T09:00";

    @Autowired
    TestRestTemplate http;
    @Autowired
    TestIdentity identity;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;

    KnownWork work;
    String lateChild;
    String dueThursdayChild;
    String dueNextTuesdayChild;
    String southChild;
    String contactChild;

    @BeforeEach
    void knownWork() {
        work = new KnownWork(runtime, tasks);
        lateChild = work.assessmentAllocatedTo("north.worker", "team-north", LocalDate.of(2025, 12, 22));
        dueThursdayChild = work.assessmentAllocatedTo("north.worker", "team-north", referredToBeDueOn(LocalDate.of(2026, 3, 5)));
        dueNextTuesdayChild = work.assessmentAllocatedTo("north.worker", "team-north", referredToBeDueOn(LocalDate.of(2026, 3, 10)));
        southChild = work.assessmentAllocatedTo("south.worker", "team-south", LocalDate.of(2025, 12, 22));
        contactChild = work.contactReceivedAt("2026-02-27T10:30");
        KnownWork.clockAt(MONDAY_MORNING);
    }

    @AfterEach
    void backToRealTime() {
        ClockUtil.reset();
    }

    @Test
    void aManagerSeesTheirTeamsLateWorkByWorkerWithTheWorkingDaysLateAndALinkToEachTask() throws Exception {
        Document page = page("north.manager", "");

        assertThat(page.select("section h2")).extracting(Element::text).containsExactly("team-north");
        Element late = row(section(page, "team-north"), "table.late", lateChild).orElseThrow();
        assertThat(cell(late, "Task (opens in Tasklist)")).isEqualTo("Complete child and family assessment");
        assertThat(late.selectFirst("a").attr("href"))
                .isEqualTo("/camunda/app/tasklist/default/#/?task=" + work.taskOf(lateChild, "CompleteAssessment"));
        assertThat(cell(late, "Stage")).isEqualTo("Child and family assessment");
        assertThat(cell(late, "Child")).isEqualTo("Ola Nowak " + lateChild);
        assertThat(late.select("a[href^=/children/]")).as("the child's record").extracting(link -> link.attr("href"))
                .containsExactly("/children/" + lateChild);
        assertThat(cell(late, "Worker")).isEqualTo("north.worker");
        assertThat(cell(late, "Status")).isEqualTo("Overdue");
        assertThat(cell(late, "Due by the end of")).isEqualTo("Thu 26 Feb 2026");
        assertThat(cell(late, "Working days late")).as("Friday 27 February and Monday 2 March").isEqualTo("2");

        Element atRisk = row(section(page, "team-north"), "table.late", dueThursdayChild).orElseThrow();
        assertThat(cell(atRisk, "Status")).isEqualTo("At risk");
        assertThat(cell(atRisk, "Working days late")).isEqualTo("0");
        assertThat(row(section(page, "team-north"), "table.late", dueNextTuesdayChild)).as("at risk from 24 February").isPresent();

        assertThat(page.text()).doesNotContain(southChild).doesNotContain(contactChild);
    }

    @Test
    void eachWorkersCountsAreTheJsonViewsCounts() throws Exception {
        Element worker = section(page("north.manager", "")).select("table.workers tbody tr").stream()
                .filter(tr -> tr.selectFirst("th").text().equals("north.worker")).findFirst().orElseThrow();

        JsonNode load = named(team(json("north.manager", "/api/workflow/overdue"), "team-north").get("workers"), "worker", "north.worker");
        JsonNode soon = named(team(json("north.manager", "/api/workflow/overdue/forecast"), "team-north").get("workers"), "worker", "north.worker");
        assertThat(cell(worker, "Overdue")).isEqualTo(load.get("overdue").asText());
        assertThat(cell(worker, "At risk")).isEqualTo(load.get("atRisk").asText());
        assertThat(cell(worker, "Due in the next 5 working days")).isEqualTo(soon.get("dueSoon").asText());
        assertThat(Integer.parseInt(cell(worker, "Due in the next 5 working days"))).as("at least this test's Thursday assessment").isPositive();
    }

    @Test
    void theForecastNamesWorkThatBecomesOverdueInTheNextFiveWorkingDays() throws Exception {
        Document page = page("north.manager", "");
        Element team = section(page, "team-north");

        Element dueThursday = row(team, "table.due-soon", dueThursdayChild).orElseThrow();
        assertThat(cell(dueThursday, "Due by the end of")).isEqualTo("Thu 5 Mar 2026");
        assertThat(cell(dueThursday, "Working days left after today")).isEqualTo("3");
        assertThat(cell(dueThursday, "Worker")).isEqualTo("north.worker");
        assertThat(dueThursday.selectFirst("a").attr("href")).endsWith("?task=" + work.taskOf(dueThursdayChild, "CompleteAssessment"));
        assertThat(row(team, "table.due-soon", dueNextTuesdayChild)).as("due after Monday 9 March").isEmpty();
        assertThat(row(team, "table.due-soon", lateChild)).as("already overdue").isEmpty();
        assertThat(page.selectFirst(".totals").text()).contains("by the end of Mon 9 Mar 2026 (the next 5 working days)");
    }

    @Test
    void anAdministratorFiltersByTeamAndByStage() throws Exception {
        Document south = page("admin", "?team=team-south");
        assertThat(south.select("section h2")).extracting(Element::text).containsExactly("team-south");
        assertThat(row(section(south, "team-south"), "table.late", southChild)).isPresent();
        assertThat(south.text()).doesNotContain(lateChild).doesNotContain(contactChild);
        assertThat(south.select("select#team option[selected]")).extracting(Element::val).containsExactly("team-south");
        assertThat(south.select("select#team option")).extracting(Element::val).contains("", "team-north", "team-south", "front-door");

        Document frontDoor = page("admin", "?journey=front-door");
        Element contact = row(section(frontDoor, "front-door"), "table.late", contactChild).orElseThrow();
        assertThat(cell(contact, "Status")).as("due by the end of today").isEqualTo("At risk");
        assertThat(cell(contact, "Worker")).isEqualTo("Unallocated (team queue)");
        assertThat(cell(row(section(frontDoor, "front-door"), "table.due-soon", contactChild).orElseThrow(),
                "Working days left after today")).isEqualTo("0");
        assertThat(frontDoor.text()).doesNotContain(lateChild).doesNotContain(southChild);
        assertThat(frontDoor.select("select#journey option[selected]")).extracting(Element::text)
                .containsExactly("Front door: contact to decision");

        Document assessments = page("admin", "?team=&journey=assessment");
        assertThat(assessments.text()).contains(lateChild, southChild).doesNotContain(contactChild);

        Document everything = page("admin", "?team=&journey=");
        assertThat(everything.text()).contains(lateChild, southChild, contactChild);
    }

    @Test
    void aFilteredPageShowsTheTasksTheJsonViewsAnswerForTheSameChoices() throws Exception {
        Document page = page("admin", "?team=team-north&journey=assessment");

        assertThat(taskIdsLinkedIn(page, "table.late"))
                .isEqualTo(taskIdsIn(json("admin", "/api/workflow/overdue?team=team-north&journey=assessment")));
        assertThat(taskIdsLinkedIn(page, "table.due-soon"))
                .isEqualTo(taskIdsIn(json("admin", "/api/workflow/overdue/forecast?team=team-north&journey=assessment")));
        assertThat(taskIdsLinkedIn(page, "table.late")).contains(work.taskOf(lateChild, "CompleteAssessment"));
    }

    @Test
    void itRefreshesItselfEveryFiveMinutesSaysSoAndCanBeStopped() throws Exception {
        Document refreshing = page("north.manager", "?team=team-north");
        assertThat(refreshing.select("meta[http-equiv=refresh]")).extracting(meta -> meta.attr("content")).containsExactly("300");
        assertThat(refreshing.text()).contains("This page refreshes itself every 5 minutes.");
        Element stop = refreshing.select("a").stream().filter(a -> a.text().equals("Stop refreshing this page")).findFirst().orElseThrow();
        assertThat(stop.attr("href")).isEqualTo("/overdue?team=team-north&refresh=off");

        Document still = page("north.manager", "?team=team-north&refresh=off");
        assertThat(still.select("meta[http-equiv=refresh]")).isEmpty();
        assertThat(still.text()).contains("This page does not refresh itself.");
        assertThat(still.select("form input[type=hidden][name=refresh]")).extracting(Element::val).containsExactly("off");
    }

    @Test
    void itKeepsTheAccessibilityBasics() throws Exception {
        ResponseEntity<String> response = get("north.manager", "");
        Document page = Jsoup.parse(response.getBody());

        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en-GB");
        assertThat(page.title()).startsWith("Overdue and at-risk work");
        assertThat(page.select("h1")).extracting(Element::text).containsExactly("Overdue and at-risk work");
        assertThat(page.select("table")).isNotEmpty().allSatisfy(table -> {
            assertThat(table.select("caption").text()).isNotBlank();
            assertThat(table.select("thead th")).allSatisfy(header -> assertThat(header.attr("scope")).isEqualTo("col"));
            assertThat(table.select("tbody tr")).allSatisfy(tr -> assertThat(tr.child(0).is("th[scope=row]")).isTrue());
        });
        assertThat(page.select("select")).allSatisfy(select ->
                assertThat(page.select("label[for=" + select.id() + "]").text()).isNotBlank());
        assertThat(page.select("script")).isEmpty();
        // the one stylesheet is inline, allowed by a nonce of this answer's own
        String nonce = page.selectFirst("style").attr("nonce");
        assertThat(nonce).isNotBlank();
        assertThat(response.getHeaders().getFirst("Content-Security-Policy"))
                .contains("default-src 'none'", "style-src 'nonce-" + nonce + "'");
    }

    @Test
    void managersOfTheirOwnTeamsAndAdministratorsOnly() throws Exception {
        assertThat(get("north.worker", "").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("performance", "").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("eh.worker", "").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("north.manager", "?team=team-south").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("admin", "?team=<script>").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(http.getForEntity("/overdue", String.class).getStatusCode()).as("no token").isEqualTo(HttpStatus.UNAUTHORIZED);

        assertThat(page("eh.manager", "").select("section h2")).extracting(Element::text).containsExactly("early-help");
    }

    private static LocalDate referredToBeDueOn(LocalDate due) {
        return CALENDAR.workingDaysBefore(due, 45);
    }

    private ResponseEntity<String> get(String user, String query) {
        return identity.as(http, user).getForEntity("/overdue" + query, String.class);
    }

    private Document page(String user, String query) {
        ResponseEntity<String> response = get(user, query);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        return Jsoup.parse(response.getBody());
    }

    private JsonNode json(String user, String path) throws Exception {
        ResponseEntity<String> response = identity.as(http, user).getForEntity(path, String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        return JSON.readTree(response.getBody());
    }

    private static Element section(Document page, String team) {
        return page.select("section").stream().filter(section -> section.selectFirst("h2").text().equals(team))
                .findFirst().orElseThrow(() -> new AssertionError("no section for " + team));
    }

    private static Element section(Document page) {
        return section(page, "team-north");
    }

    private static Optional<Element> row(Element section, String table, String child) {
        List<Element> rows = section.select(table + " tbody tr").stream().filter(tr -> tr.text().contains(child)).toList();
        assertThat(rows).as("rows of " + child).hasSizeLessThanOrEqualTo(1);
        return rows.stream().findFirst();
    }

    /** A row's cell under the column headed {@code header}. */
    private static String cell(Element row, String header) {
        List<String> headers = row.closest("table").select("thead th").eachText();
        assertThat(headers).contains(header);
        return row.child(headers.indexOf(header)).text();
    }

    private static Set<String> taskIdsLinkedIn(Document page, String table) {
        return page.select(table + " tbody tr a[href*=?task=]").stream()
                .map(link -> link.attr("href").substring(link.attr("href").indexOf("?task=") + "?task=".length()))
                .collect(Collectors.toSet());
    }

    private static Set<String> taskIdsIn(JsonNode report) {
        return StreamSupport.stream(report.get("teams").spliterator(), false)
                .flatMap(team -> StreamSupport.stream(team.get("tasks").spliterator(), false))
                .map(task -> task.get("taskId").asText())
                .collect(Collectors.toSet());
    }

    private static JsonNode team(JsonNode report, String team) {
        return named(report.get("teams"), "team", team);
    }

    private static JsonNode named(JsonNode list, String field, String value) {
        return StreamSupport.stream(list.spliterator(), false).filter(node -> value.equals(node.get(field).asText()))
                .findFirst().orElseThrow(() -> new AssertionError("no " + field + " " + value + " in " + list));
    }
}
