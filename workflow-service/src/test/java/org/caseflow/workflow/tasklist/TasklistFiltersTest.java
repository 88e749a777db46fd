package org.caseflow.workflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.Direction;
import org.camunda.bpm.engine.impl.QueryOrderingProperty;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.TaskQueryProperty;
import org.caseflow.journey.events.BusinessDates;
import org.caseflow.testsupport.TestIdentity;
import org.caseflow.workflow.WorkflowIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Tasklist's three filters, read back through the engine, and the list they serve asked for as
 * Tasklist asks for it: what a team manager's browser is given, without the browser
 * ({@code scripts/tasklist-check.mjs} drives the real Tasklist).
 */
@WorkflowIntegrationTest
class TasklistFiltersTest {

    private static final List<String> FILTERS = List.of("My teams' work", "At risk", "Overdue");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    FilterService filters;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    TimescaleStatusRefresh refresh;
    @Autowired
    TestRestTemplate http;
    @Autowired
    TestIdentity identity;

    @Test
    void eachFilterSortsSoonestDueFirstAndShowsWhereTheWorkStandsAgainstItsTimescale() {
        for (String name : FILTERS) {
            Filter filter = filters.createFilterQuery().filterName(name).singleResult();

            List<QueryOrderingProperty> order = ((TaskQueryImpl) filter.getQuery()).getOrderingProperties();
            assertThat(order).as(name).singleElement().satisfies(by -> {
                assertThat(by.getQueryProperty()).isEqualTo(TaskQueryProperty.DUE_DATE);
                assertThat(by.getDirection()).isEqualTo(Direction.ASCENDING);
            });
            assertThat(filter.getProperties().get("variables")).as(name)
                    .isEqualTo(List.of(Map.of("name", "timescaleStatus", "label", "Timescale")));
        }
    }

    @Test
    void aManagersListNamesEachChildAndRunsSoonestDueFirstWhateverOrderTasklistAsksFor() throws Exception {
        String late = decisionOnAContactReceivedAt("2025-12-19T10:30");
        String inTime = decisionOnAContactReceivedAt(LocalDateTime.now(BusinessDates.LONDON).minusMinutes(5)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")));
        refresh.refresh();
        TestRestTemplate manager = identity.as(http, "frontdoor.manager");

        JsonNode teamsWork = listAsTasklistAsks(manager, "My teams' work");
        assertThat(ids(teamsWork)).contains(late, inTime);
        for (JsonNode task : teamsWork) {
            assertThat(task.get("name").asText()).as("names its child").matches("[^:]+: .+ \\(C\\d+\\)");
        }
        assertThat(dueDates(teamsWork)).as("soonest due first, work without a due date last")
                .isSortedAccordingTo(TasklistFiltersTest::soonestFirst);

        JsonNode overdue = listAsTasklistAsks(manager, "Overdue");
        assertThat(ids(overdue)).contains(late).doesNotContain(inTime);
        for (JsonNode task : overdue) {
            assertThat(statusOf(task)).as(task.get("name").asText()).matches("\\d+ working days? late|overdue, due \\d\\d/\\d\\d/\\d{4}");
        }
    }

    /** As Tasklist lists a filter when its address names no order: newest created first, 15 at a time (here all). */
    private JsonNode listAsTasklistAsks(TestRestTemplate person, String filterName) throws Exception {
        String filterId = filters.createFilterQuery().filterName(filterName).singleResult().getId();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(List.of(MediaType.parseMediaType("application/hal+json")));
        ResponseEntity<String> list = person.exchange("/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=1000",
                HttpMethod.POST, new HttpEntity<>("{\"sorting\": [{\"sortBy\": \"created\", \"sortOrder\": \"desc\"}], \"active\": true}",
                        headers), String.class);
        assertThat(list.getStatusCode()).as(list.getBody()).isEqualTo(HttpStatus.OK);
        return JSON.readTree(list.getBody()).path("_embedded").path("task");
    }

    private String decisionOnAContactReceivedAt(String receivedAt) {
        String contact = runtime.startProcessInstanceByKey("front-door", Map.of("childGivenName", "Noor", "childFamilyName", "Filtered",
                "childDateOfBirth", "2016-04-02", "contactSource", "HEALTH", "contactReceivedAt", receivedAt,
                "contactReason", "Health visitor's concern.")).getId();
        return tasks.createTaskQuery().processInstanceId(contact).taskDefinitionKey("DecideOnContact").singleResult().getId();
    }

    private static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.forEach(task -> ids.add(task.get("id").asText()));
        return ids;
    }

    private static List<String> dueDates(JsonNode list) {
        List<String> due = new ArrayList<>();
        list.forEach(task -> due.add(task.get("due").isNull() ? null : task.get("due").asText()));
        return due;
    }

    private static int soonestFirst(String one, String other) {
        if (one == null || other == null) {
            return one == null ? (other == null ? 0 : 1) : -1;
        }
        return java.time.OffsetDateTime.parse(one, DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ"))
                .compareTo(java.time.OffsetDateTime.parse(other, DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")));
    }

    private static String statusOf(JsonNode task) {
        for (JsonNode variable : task.path("_embedded").path("variable")) {
            if (variable.get("name").asText().equals(TimescaleStatus.VARIABLE)) {
                return variable.get("value").asText();
            }
        }
        return null;
    }
}
