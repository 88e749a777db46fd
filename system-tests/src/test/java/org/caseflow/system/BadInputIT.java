package org.caseflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caseflow.localstack.CaseflowService;
import org.caseflow.localstack.Database;
import org.junit.jupiter.api.Test;

/**
 * Malformed requests of every kind, through the gateway: each is refused with a 4xx problem, none
 * causes a 5xx, and the databases are unchanged afterwards.
 */
class BadInputIT {

    private final Gateway gateway = RunningCaseflow.gateway();

    @Test
    void badInputIsRefusedAndChangesNothing() throws Exception {
        String child = new Journeys(gateway).referredAndAllocated("Input", "team-north");
        String task = gateway.get("/engine-rest/task?processVariables=laChildId_eq_" + child
                + "&taskDefinitionKey=CompleteAssessment", "north.worker").json().get(0).get("id").asText();
        RunningCaseflow.awaitConsumersCaughtUp();
        Map<String, Long> before = rowCounts();

        List<String> failures = new ArrayList<>();
        for (BadRequest bad : badRequests(child, task)) {
            Gateway.Response response = bad.send(gateway);
            boolean refused = response.status() >= 400 && response.status() < 500;
            boolean problem = "application/problem+json".equals(response.header("Content-Type"));
            if (!refused || !problem) {
                failures.add(bad.name() + ": " + response.status() + " " + response.header("Content-Type") + " " + response.body());
            }
        }

        assertThat(failures).isEmpty();
        assertThat(rowCounts()).isEqualTo(before);
    }

    private List<BadRequest> badRequests(String child, String task) {
        String contact = "/api/workflow/contacts";
        String valid = """
                {"child": {"givenName": "Amy", "familyName": "Jones", "dateOfBirth": "2016-04-02"},
                 "source": "POLICE", "receivedAt": "2025-12-19T10:30", "reason": "x"}""";
        return List.of(
                post("not JSON", contact, "{\"child\": "),
                post("not even text", contact, "\u0000\u0001\u0002"),
                post("an array instead of an object", contact, "[1, 2, 3]"),
                post("a number for a name", contact, valid.replace("\"Amy\"", "42")),
                post("an unknown source", contact, valid.replace("POLICE", "MARS")),
                post("an unknown field", contact, valid.replace("\"reason\"", "\"priority\": \"urgent\", \"reason\"")),
                post("a missing reason", contact, valid.replace("\"reason\": \"x\"", "\"reason\": \"\"")),
                post("a name of 10,000 characters", contact, valid.replace("Amy", "A".repeat(10_000))),
                post("a body of 2 MB", contact, valid.replace("\"x\"", "\"" + "x".repeat(2_000_000) + "\"")),
                post("SQL in the LA child id", contact, valid.replace("\"givenName\"", "\"laChildId\": \"C1' OR '1'='1\", \"givenName\"")),
                post("script in the LA child id", contact, valid.replace("\"givenName\"", "\"laChildId\": \"<script>\", \"givenName\"")),
                post("received in 1899", contact, valid.replace("2025-12-19T10:30", "1899-12-19T10:30")),
                post("received after the calendar", contact, valid.replace("2025-12-19T10:30", "2031-01-02T10:30")),
                post("received in the future", contact, valid.replace("2025-12-19T10:30", "2099-12-19T10:30")),
                post("born in the future", contact, valid.replace("2016-04-02", "2099-04-02")),
                post("an impossible date", contact, valid.replace("2025-12-19T10:30", "2025-02-30T10:30")),
                post("a police incident after the notification arrived", contact,
                        valid.replace("\"reason\": \"x\"", "\"reason\": \"x\", \"incidentDate\": \"2025-12-20\"")),
                new BadRequest("a step-down without its focus", g -> g.post("/engine-rest/task/" + task + "/complete",
                        "north.worker", """
                        {"variables": {"assessmentStartDate": {"value": "2025-11-20"}, "assessmentSubmittedDate": {"value": "2025-11-21"},
                         "assessmentOutcome": {"value": "STEP_DOWN_TO_EARLY_HELP"}, "assessmentSummary": {"value": "x"},
                         "stepDownNeeds": {"value": "Routines."}}}""")),
                get("SQL in a child id", "/api/casework/children/C1'%20OR%20'1'='1"),
                get("an over-long child id", "/api/casework/children/" + "C".repeat(200)),
                get("an unknown child", "/api/casework/children/C9999999"),
                get("an unknown child's chronology", "/api/casework/children/C9999999/chronology"),
                get("a month that does not exist", "/api/kpi/measures?month=2025-13"),
                get("SQL in a month", "/api/kpi/measures?month=2025-12'%3B%20drop%20table%20measure%3B--"),
                get("a month before the calendar", "/api/kpi/measures?month=2017-04"),
                get("a month not yet started", "/api/kpi/measures?month=2099-01"),
                new BadRequest("a feed position below zero", g -> g.get("/api/workflow/events?after=-1", "admin")),
                new BadRequest("a feed page too large", g -> g.get("/api/workflow/events?limit=100000", "admin")),
                new BadRequest("a negative population", g -> g.put("/api/kpi/population/2026", "performance",
                        "{\"midYear\": 2026, \"population\": -5, \"source\": \"x\"}")),
                new BadRequest("a population for another year", g -> g.put("/api/kpi/population/2026", "performance",
                        "{\"midYear\": 2027, \"population\": 5, \"source\": \"x\"}")),
                new BadRequest("a restriction that is not a yes or no", g -> g.put("/api/casework/children/" + child
                        + "/restriction", "north.manager", "{\"restricted\": \"perhaps\"}")),
                new BadRequest("a restriction of an unknown child", g -> g.put("/api/casework/children/C9999999/restriction",
                        "north.manager", "{\"restricted\": true, \"reason\": \"x\"}")),
                new BadRequest("completing an unknown task", g -> g.post("/engine-rest/task/no-such-task/complete",
                        "north.worker", "{\"variables\": {}}")),
                new BadRequest("an assessment put to the manager before it started", g -> g.post("/engine-rest/task/" + task + "/complete",
                        "north.worker", """
                        {"variables": {"assessmentStartDate": {"value": "2025-11-20"}, "assessmentSubmittedDate": {"value": "2025-11-19"},
                         "assessmentOutcome": {"value": "NO_FURTHER_ACTION"}, "assessmentSummary": {"value": "x"}}}""")),
                new BadRequest("an assessment with a date that is not a date", g -> g.post("/engine-rest/task/" + task + "/complete",
                        "north.worker", """
                        {"variables": {"assessmentStartDate": {"value": "soon"}, "assessmentSubmittedDate": {"value": "2025-11-19"},
                         "assessmentOutcome": {"value": "NO_FURTHER_ACTION"}, "assessmentSummary": {"value": "x"}}}""")),
                new BadRequest("an assessment outcome that does not exist", g -> g.post("/engine-rest/task/" + task + "/complete",
                        "north.worker", """
                        {"variables": {"assessmentStartDate": {"value": "2025-11-20"}, "assessmentSubmittedDate": {"value": "2025-11-21"},
                         "assessmentOutcome": {"value": "ADOPTED_BY_WOLVES"}, "assessmentSummary": {"value": "x"}}}""")),
                get("a task query with a due date that is not a date", "/engine-rest/task?dueBefore=soon"),
                new BadRequest("a task query body that is not JSON", g -> g.post("/engine-rest/task", "north.worker", "{\"assignee\": ")),
                new BadRequest("deleting the audit trail", g -> g.delete("/api/casework/children/" + child + "/audit", "admin")),
                // Camunda's REST API: each refused with a problem, none a 5xx, nothing changed
                new BadRequest("deleting a journey's task", g -> g.delete("/engine-rest/task/" + task, "north.worker")),
                new BadRequest("checking a password with nothing", g -> g.post("/engine-rest/identity/verify", "north.worker", "{}")),
                new BadRequest("changing a password with nothing", g -> g.put("/engine-rest/user/north.worker/credentials", "north.worker", "{}")),
                new BadRequest("editing one's own profile", g -> g.put("/engine-rest/user/north.worker/profile", "north.worker",
                        "{\"id\": \"north.worker\", \"firstName\": \"Someone\", \"lastName\": \"Else\"}")),
                new BadRequest("a Java-serialised value", g -> g.post("/engine-rest/task/" + task + "/complete", "north.worker", """
                        {"variables": {"assessmentSummary": {"value": "rO0ABXQAAXg=", "type": "Object",
                         "valueInfo": {"objectTypeName": "java.lang.String", "serializationDataFormat": "application/x-java-serialized-object"}}}}""")),
                new BadRequest("an object of any class", g -> g.put("/engine-rest/task/" + task + "/variables/flag", "north.worker", """
                        {"type": "Object", "value": "true", "valueInfo": {"objectTypeName": "java.util.concurrent.atomic.AtomicBoolean",
                         "serializationDataFormat": "application/json"}}""")),
                new BadRequest("a field the form does not have", g -> g.post("/engine-rest/task/" + task + "/complete", "north.worker", """
                        {"variables": {"assessmentStartDate": {"value": "2025-11-20"}, "assessmentSubmittedDate": {"value": "2025-11-21"},
                         "assessmentOutcome": {"value": "NO_FURTHER_ACTION"}, "assessmentSummary": {"value": "x"},
                         "assessmentTeam": {"value": "team-south"}}}""")),
                new BadRequest("a start half-way through", g -> g.post("/engine-rest/process-definition/key/front-door/start", "north.worker",
                        "{\"startInstructions\": [{\"type\": \"startBeforeActivity\", \"activityId\": \"Assessment\"}]}")),
                new BadRequest("a start with a field the start form does not have", g -> g.post(
                        "/engine-rest/process-definition/key/front-door/start", "north.worker",
                        "{\"variables\": {\"assessmentTeam\": {\"value\": \"team-north\"}}}")),
                new BadRequest("a start with a business key", g -> g.post("/engine-rest/process-definition/key/front-door/start",
                        "north.worker", "{\"businessKey\": \"CON-000001\", \"variables\": {}}")),
                new BadRequest("a task given to someone else", g -> g.post("/engine-rest/task/" + task + "/assignee", "north.worker",
                        "{\"userId\": \"south.worker\"}")),
                new BadRequest("a message sent by hand", g -> g.post("/engine-rest/message", "admin", "{\"messageName\": \"x\"}")),
                new BadRequest("a deployment that is not a file", g -> g.post("/engine-rest/deployment/create", "admin", "{}")),
                new BadRequest("the webapps' own login, asked the wrong way", g -> g.get(
                        "/camunda/api/admin/auth/user/default/login/cockpit", "north.manager")),
                new BadRequest("a contact naming an unknown child", g -> g.post("/api/workflow/contacts", "frontdoor.worker",
                        valid.replace("\"givenName\"", "\"laChildId\": \"C0999999\", \"givenName\""))),
                new BadRequest("reading an unknown child's identity", g -> g.get("/api/casework/children/C9999999/identity", "north.worker")),
                new BadRequest("an identity change without a reason", g -> g.put("/api/casework/children/" + child + "/identity",
                        "north.manager", "{\"givenName\": \"A\", \"familyName\": \"B\", \"dateOfBirth\": \"2016-01-01\"}")));
    }

    private static BadRequest post(String name, String path, String body) {
        return new BadRequest(name, g -> g.post(path, "frontdoor.worker", body));
    }

    private static BadRequest get(String name, String path) {
        return new BadRequest(name, g -> g.get(path, "north.worker"));
    }

    record BadRequest(String name, java.util.function.Function<Gateway, Gateway.Response> request) {

        Gateway.Response send(Gateway gateway) {
            return request.apply(gateway);
        }
    }

    private static Map<String, Long> rowCounts() throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.putAll(count(CaseflowService.WORKFLOW, "journey.event", "act_hi_procinst", "act_ru_task", "act_re_deployment",
                "act_id_user", "act_ru_filter"));
        counts.putAll(count(CaseflowService.CASEWORK, "casework.child", "casework.contact", "casework.assessment"));
        counts.putAll(count(CaseflowService.KPI, "kpi.child_population", "kpi.contact_fact"));
        return counts;
    }

    private static Map<String, Long> count(CaseflowService service, String... tables) throws Exception {
        Database database = RunningCaseflow.database(service);
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password())) {
            for (String table : tables) {
                try (ResultSet row = connection.createStatement().executeQuery("select count(*) from " + table)) {
                    row.next();
                    counts.put(service.module() + " " + table, row.getLong(1));
                }
            }
        }
        return counts;
    }
}
