package org.caseflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Who may do what, through the gateway: every role against every kind of endpoint, then the team
 * boundaries inside a role (tasks, restricted records) and the audit of what was read.
 */
class AccessMatrixIT {

    private static final String ANONYMOUS = null;
    private static final List<String> PEOPLE = java.util.Arrays.asList(ANONYMOUS, "frontdoor.worker", "north.worker",
            "north.manager", "performance", "admin");

    private static Gateway gateway;
    private static String northChild;

    @BeforeAll
    static void aChildOfTeamNorth() {
        gateway = RunningCaseflow.gateway();
        northChild = new Journeys(gateway).referredAndAllocated("Matrix", "team-north");
    }

    @Test
    void everyRoleAgainstEveryKindOfEndpoint() {
        // expected status for: anonymous, frontdoor.worker, north.worker, north.manager, performance, admin
        Map<String, List<Integer>> expected = new LinkedHashMap<>();
        expected.put("GET /actuator/health", List.of(200, 200, 200, 200, 200, 200));
        expected.put("GET /api/workflow/identity/me", List.of(401, 200, 200, 200, 200, 200));
        expected.put("GET /api/workflow/events", List.of(401, 403, 403, 403, 403, 200));
        expected.put("GET /api/workflow/overdue", List.of(401, 403, 403, 200, 403, 200));
        expected.put("GET /engine-rest/task", List.of(401, 200, 200, 200, 200, 200));
        expected.put("GET /api/casework/children/" + northChild, List.of(401, 200, 200, 200, 403, 200));
        expected.put("GET /api/casework/children/" + northChild + "/chronology", List.of(401, 200, 200, 200, 403, 200));
        expected.put("GET /api/casework/children/" + northChild + "/child-protection", List.of(401, 200, 200, 200, 403, 200));
        expected.put("GET /api/casework/children/" + northChild + "/audit", List.of(401, 403, 403, 200, 403, 200));
        expected.put("GET /api/casework/children/" + northChild + "/contacts", List.of(401, 200, 200, 200, 403, 200));
        expected.put("GET /api/casework/children/" + northChild + "/oversight", List.of(401, 200, 200, 200, 403, 200));
        // the child's characteristics for the returns: recorded by the practitioners the record is open to
        expected.put("PUT /api/casework/children/" + northChild + "/characteristics {\"sex\": \"F\", \"ethnicity\": \"WBRI\"}",
                List.of(401, 200, 200, 200, 403, 200));
        // written contacts closed untold: the front-door managers' list (frontdoor.manager, not a column here) and administrators
        expected.put("GET /api/casework/contacts/closed-without-follow-up", List.of(401, 403, 403, 403, 403, 200));
        expected.put("GET /api/kpi/measures?month=2025-11", List.of(401, 200, 200, 200, 200, 200));
        expected.put("GET /api/kpi/population", List.of(401, 200, 200, 200, 200, 200));
        // the pages: a browser with no session is sent to sign in
        expected.put("GET /report?month=2025-11", List.of(302, 200, 200, 200, 200, 200));
        expected.put("GET /overdue", List.of(302, 403, 403, 200, 403, 200));
        // each worker's caseload by name: managers and performance officers, never peers
        expected.put("GET /api/kpi/caseloads", List.of(401, 403, 403, 200, 200, 200));
        // foster carers' households: the fostering team's (below) and administrators
        expected.put("GET /api/casework/foster-carers", List.of(401, 403, 403, 403, 403, 200));
        // the statutory returns and their data quality: performance officers and administrators only
        expected.put("GET /api/casework/returns/cin-census.xml", List.of(401, 403, 403, 403, 200, 200));
        expected.put("GET /api/casework/returns/ssda903.zip", List.of(401, 403, 403, 403, 200, 200));
        expected.put("GET /api/casework/returns/annex-a.xlsx?from=2025-04-01&to=2026-03-31", List.of(401, 403, 403, 403, 200, 200));
        expected.put("GET /data-quality", List.of(302, 403, 403, 403, 200, 200));
        // the gateway's own metrics: for monitoring (Prometheus's token) and administrators
        expected.put("GET /actuator/prometheus", List.of(401, 403, 403, 403, 403, 200));
        // Camunda's REST API: reads as Camunda's authorizations allow; counts across teams for managers
        expected.put("GET /engine-rest/process-definition", List.of(401, 200, 200, 200, 200, 200));
        expected.put("GET /engine-rest/process-definition/statistics", List.of(401, 403, 403, 200, 403, 200));
        expected.put("GET /engine-rest/history/process-instance/count", List.of(401, 200, 200, 200, 200, 200));
        expected.put("GET /engine-rest/filter", List.of(401, 200, 200, 200, 200, 200));
        expected.put("GET /engine-rest/deployment/count", List.of(401, 200, 200, 200, 200, 200));
        // ... and nothing outside a journey's own steps, for anyone
        expected.put("POST /engine-rest/message {\"messageName\": \"Anything\"}", List.of(401, 403, 403, 403, 403, 403));
        expected.put("POST /engine-rest/signal {\"name\": \"Anything\"}", List.of(401, 403, 403, 403, 403, 403));
        expected.put("POST /engine-rest/filter/create {\"resourceType\": \"Task\", \"name\": \"Mine\", \"query\": {}}",
                List.of(401, 403, 403, 403, 403, 403));
        // (a performance officer may not even see that the journey exists)
        expected.put("POST /engine-rest/process-definition/key/assessment/start {}", List.of(401, 403, 403, 403, 404, 403));
        expected.put("POST /engine-rest/user/create {\"profile\": {\"id\": \"mallory\"}, \"credentials\": {\"password\": \"x\"}}",
                List.of(401, 403, 403, 403, 403, 403));
        // the webapps open signed in through the gateway (which sends a browser with no session to sign
        // in); their own login form is closed
        expected.put("GET /camunda/api/admin/auth/user/default/login/tasklist", List.of(302, 404, 404, 404, 404, 404));

        List<String> mismatches = new ArrayList<>();
        expected.forEach((request, statuses) -> {
            String[] parts = request.split(" ", 3);
            String path = parts[1];
            for (int i = 0; i < PEOPLE.size(); i++) {
                String person = PEOPLE.get(i);
                int actual = switch (parts[0]) {
                    case "GET" -> gateway.get(path, person).status();
                    case "PUT" -> gateway.put(path, person, parts[2]).status();
                    default -> gateway.post(path, person, parts[2]).status();
                };
                if (actual != statuses.get(i)) {
                    mismatches.add(request + " as " + person + ": expected " + statuses.get(i) + ", got " + actual);
                }
            }
        });
        assertThat(mismatches).isEmpty();
    }

    @Test
    void anEarlyHelpPractitionerSeesEarlyHelpWorkAndTheEarlyHelpRecordOnly() {
        // a partner's request, recorded in Tasklist by the Early Help practitioner, for a child new to the council
        Gateway.Response started = gateway.post("/engine-rest/process-definition/key/early-help/submit-form", "eh.worker", """
                {"variables": {"childGivenName": {"value": "Access"}, "childFamilyName": {"value": "Help"},
                 "childDateOfBirth": {"value": "2019-03-03"}, "ehStartDate": {"value": "2025-11-03"},
                 "ehRequestedBy": {"value": "Health visitor"}, "ehRequestReason": {"value": "Sleep and routines."}}}""");
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        JsonNode assessment = gateway.get("/engine-rest/task?processInstanceId=" + started.json().get("id").asText(), "eh.worker").json();
        assertThat(assessment.size()).as("the Early Help assessment, for the Early Help team").isEqualTo(1);
        String helpChild = gateway.get("/engine-rest/task/" + assessment.get(0).get("id").asText() + "/variables/laChildId", "eh.worker")
                .json().get("value").asText();

        assertThat(Gateway.eventually(() -> gateway.get("/api/casework/children/" + helpChild + "/early-help", "eh.worker"),
                response -> response.status() == 200, java.time.Duration.ofSeconds(60)).status()).isEqualTo(200);
        assertThat(gateway.get("/api/casework/children/" + helpChild, "eh.worker").status()).as("social care's summary").isEqualTo(403);
        assertThat(gateway.get("/api/casework/children/" + helpChild + "/chronology", "eh.worker").status()).isEqualTo(403);
        assertThat(gateway.get("/api/casework/children/" + northChild + "/early-help", "eh.worker").status())
                .as("a child with no Early Help is one they cannot know of").isEqualTo(404);
        assertThat(gateway.get("/api/casework/children/" + helpChild + "/early-help", "north.worker").status()).isEqualTo(200);
        assertThat(gateway.get("/api/workflow/overdue", "eh.worker").status()).isEqualTo(403);
        assertThat(gateway.get("/api/workflow/overdue", "eh.manager").json().get("teams").toString()).contains("early-help");
        String socialCareTask = "/engine-rest/task?taskDefinitionKey=AllocateSocialWorker&processVariables=laChildId_eq_" + northChild;
        assertThat(gateway.get("/engine-rest/task?processVariables=laChildId_eq_" + northChild, "eh.worker").json().size())
                .as("no social care task").isZero();
        assertThat(gateway.get("/engine-rest/task?taskDefinitionKey=CompleteEarlyHelpAssessment&processVariables=laChildId_eq_" + helpChild,
                "eh.worker").json().size()).isEqualTo(1);
        assertThat(gateway.get("/engine-rest/process-definition?key=assessment", "eh.worker").json().size())
                .as("social care's journeys are not theirs to read").isZero();
        assertThat(gateway.get(socialCareTask, "north.worker").status()).isEqualTo(200);
    }

    @Test
    void aLookedAfterChildsRecordIsForTheCareTeamAndItsManagersOnly() {
        String inCare = new Journeys(gateway).cameIntoCareDirectly("Access", "2025-11-03");

        Gateway.Response careTeam = Gateway.eventually(() -> gateway.get("/api/casework/children/" + inCare + "/looked-after", "cic.worker"),
                response -> response.status() == 200 && response.body().contains("L1"), java.time.Duration.ofSeconds(60));
        assertThat(careTeam.status()).as(careTeam.body()).isEqualTo(200);
        assertThat(gateway.get("/api/casework/children/" + inCare, "cic.manager").status()).isEqualTo(200);
        assertThat(gateway.get("/api/casework/children/" + inCare + "/chronology", "cic.worker").status()).isEqualTo(200);
        // to any other team, even its managers, the child answers as one who does not exist
        assertThat(gateway.get("/api/casework/children/" + inCare, "north.worker").status()).isEqualTo(404);
        assertThat(gateway.get("/api/casework/children/" + inCare + "/looked-after", "south.manager").status()).isEqualTo(404);
        assertThat(gateway.get("/api/casework/children/" + inCare + "/chronology", "north.manager").status()).isEqualTo(404);
        assertThat(gateway.get("/api/casework/children/" + inCare, "performance").status()).isEqualTo(403);
    }

    @Test
    void theFosterCarerRegisterIsTheFosteringTeams() {
        Gateway.Response register = Gateway.eventually(() -> gateway.get("/api/casework/foster-carers", "fostering.worker"),
                response -> response.status() == 200 && response.json().get("carers").size() > 0, java.time.Duration.ofSeconds(60));
        assertThat(register.status()).as(register.body()).isEqualTo(200);
        String carerId = register.json().get("carers").get(0).get("carerId").asText();
        assertThat(gateway.get("/api/casework/foster-carers/" + carerId, "kinship.worker").status()).isEqualTo(200);
        assertThat(gateway.get("/api/casework/foster-carers/" + carerId, "fostering.manager").status()).isEqualTo(200);
        assertThat(gateway.get("/api/casework/foster-carers/" + carerId, "cic.manager").status()).isEqualTo(403);
        assertThat(gateway.get("/api/casework/foster-carers/FC-9999", "fostering.worker").status()).isEqualTo(404);
    }

    @Test
    void changesAreForTheRolesThatMakeThem() {
        String contact = """
                {"child": {"givenName": "Role", "familyName": "Check", "dateOfBirth": "2015-01-01"},
                 "source": "POLICE", "receivedAt": "2025-11-10T09:00", "reason": "Role check."}""";
        assertThat(gateway.post("/api/workflow/contacts", ANONYMOUS, contact).status()).isEqualTo(401);
        assertThat(gateway.post("/api/workflow/contacts", "performance", contact).status()).isEqualTo(403);
        assertThat(gateway.post("/api/workflow/contacts", "north.worker", contact).status()).isEqualTo(201);

        String population = "{\"midYear\": 2019, \"population\": 33100, \"source\": \"ONS mid-2019 estimate\"}";
        assertThat(gateway.put("/api/kpi/population/2019", "north.manager", population).status()).isEqualTo(403);
        assertThat(gateway.put("/api/kpi/population/2019", "performance", population).status()).isEqualTo(200);

        String restriction = "{\"restricted\": false}";
        assertThat(gateway.put("/api/casework/children/" + northChild + "/restriction", "north.worker", restriction).status())
                .isEqualTo(403);
        assertThat(gateway.put("/api/casework/children/" + northChild + "/restriction", "north.manager", restriction).status())
                .isEqualTo(200);
    }

    @Test
    void aChangeWithTheSessionButWithoutThePagesCsrfTokenIsRefused() {
        Gateway.Response forged = gateway.postWithoutCsrfToken("/api/workflow/contacts", "north.worker", """
                {"child": {"givenName": "Forged", "familyName": "Request", "dateOfBirth": "2015-01-01"},
                 "source": "POLICE", "receivedAt": "2025-11-10T09:00", "reason": "Cross-site request."}""");

        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.json().get("type").asText()).endsWith("/csrf");
    }

    @Test
    void aCallerWithItsOwnTokenIsCheckedByTheServiceNotTheGateway() {
        String token = gateway.serviceToken("casework-service", "casework-local");

        assertThat(gateway.getWithToken("/api/workflow/events?limit=1", token).status()).isEqualTo(200);
        assertThat(gateway.getWithToken("/api/casework/children/" + northChild, token).status()).as("not a practitioner").isEqualTo(403);
        assertThat(gateway.getWithToken("/api/workflow/events?limit=1", token.substring(0, token.length() - 6) + "AAAAAA").status())
                .as("a token that does not check out").isEqualTo(401);
    }

    @Test
    void aWorkerSeesTheirOwnTeamsTasksOnly() {
        String southChild = new Journeys(gateway).referred("Boundary", "team-south");

        String allocation = "/engine-rest/task?taskDefinitionKey=AllocateSocialWorker&processVariables=laChildId_eq_" + southChild;
        assertThat(gateway.get(allocation, "north.manager").json().size()).as("team North's manager").isZero();
        assertThat(gateway.get(allocation, "north.worker").json().size()).as("team North's worker").isZero();
        assertThat(gateway.get(allocation, "south.manager").json().size()).as("team South's manager").isEqualTo(1);
    }

    @Test
    void aRestrictedRecordOfTeamSouthIsClosedToTeamNorthAndTheReadsAreAudited() {
        String southChild = new Journeys(gateway).referredAndAllocated("Restricted", "team-south");
        assertThat(gateway.put("/api/casework/children/" + southChild + "/restriction", "south.manager",
                "{\"restricted\": true, \"reason\": \"Relative of a member of staff\"}").status()).isEqualTo(200);

        // to those it is closed to, a restricted record answers as a child who does not exist
        assertThat(gateway.get("/api/casework/children/" + southChild, "north.worker").status()).isEqualTo(404);
        assertThat(gateway.get("/api/casework/children/" + southChild + "/chronology", "north.manager").status()).isEqualTo(404);
        assertThat(gateway.get("/api/casework/children/" + southChild + "/child-protection", "north.manager").status()).isEqualTo(404);
        assertThat(gateway.get("/api/casework/children/" + southChild, "performance").status()).isEqualTo(403);
        assertThat(gateway.get("/api/casework/children/" + southChild, "south.worker").status()).isEqualTo(200);

        Gateway.Response audit = gateway.get("/api/casework/children/" + southChild + "/audit", "south.manager");
        assertThat(audit.status()).isEqualTo(200);
        List<String> entries = new ArrayList<>();
        audit.json().forEach(entry -> entries.add(entry.get("actor").asText() + " " + entry.get("action").asText()));
        assertThat(entries).contains("south.manager RESTRICTED", "north.worker READ_DENIED", "north.manager READ_DENIED",
                "south.worker READ_SUMMARY", "frontdoor.manager ContactDecided", "south.manager SocialWorkerAllocated");
        audit.json().forEach(entry -> assertThat(entry.get("correlationId").isNull())
                .as("correlation id of " + entry).isEqualTo(entry.get("actor").asText().equals("system")));

        // nor does a list of the children a figure counted show it to team North's manager, while its own team sees it there
        String openCases = "/report/measures/all-open-cases/children";
        Gateway.Response southList = Gateway.eventually(() -> gateway.get(openCases, "south.manager"),
                list -> list.body().contains(">" + southChild + "<"), Duration.ofSeconds(30));
        assertThat(southList.body()).as("the KPI service has counted the child").contains(">" + southChild + "<");
        Gateway.Response northList = gateway.get(openCases, "north.manager");
        assertThat(northList.status()).isEqualTo(200);
        assertThat(northList.body()).doesNotContain(southChild).contains("id=\"not-listed\"");
        assertThat(gateway.get("/api/casework/children/" + southChild + "/audit", "south.manager").body())
                .contains("LIST the children counted for");
    }
}
