package org.caseflow.workflow.engineguard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.caseflow.testsupport.TestIdentity;
import org.caseflow.workflow.WorkflowIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The journey rules hold through Camunda's own REST API, over real HTTP, for each person: every
 * refusal is checked for its effect on the engine, not only its status.
 */
@WorkflowIntegrationTest
class EngineGuardTest {

    private static final String CONTACT_VARIABLES = """
            "childGivenName": {"value": "Ada"}, "childFamilyName": {"value": "Guard"}, "childDateOfBirth": {"value": "2016-04-02"},
            "contactSource": {"value": "POLICE"}, "contactReceivedAt": {"value": "2025-12-19T10:30"},
            "contactReason": {"value": "Concern raised by the police."}""";

    @Autowired
    TestRestTemplate http;
    @Autowired
    TestIdentity identity;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;
    @Autowired
    RepositoryService repository;

    @Test
    void aJourneyStartsOnlyAtItsStartEventEvenForItsOwnStarters() {
        long journeys = history.createHistoricProcessInstanceQuery().count();

        ResponseEntity<String> skipped = post("north.worker", "/engine-rest/process-definition/key/front-door/start", """
                {"variables": {%s, "laChildId": {"value": "C0999001"}, "assessmentTeam": {"value": "team-north"}},
                 "startInstructions": [{"type": "startBeforeActivity", "activityId": "Assessment"}]}""".formatted(CONTACT_VARIABLES));

        assertThat(skipped.getStatusCode()).as(skipped.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(history.createHistoricProcessInstanceQuery().count()).isEqualTo(journeys);
    }

    @Test
    void aStartRecordsOnlyItsStartFormsFieldsAndNoBusinessKey() {
        long journeys = history.createHistoricProcessInstanceQuery().count();

        ResponseEntity<String> extraField = post("north.worker", "/engine-rest/process-definition/key/front-door/start", """
                {"variables": {%s, "assessmentTeam": {"value": "team-north"}}}""".formatted(CONTACT_VARIABLES));
        ResponseEntity<String> businessKey = post("north.worker", "/engine-rest/process-definition/key/front-door/start", """
                {"variables": {%s}, "businessKey": "CON-999999"}""".formatted(CONTACT_VARIABLES));
        ResponseEntity<String> started = post("north.worker", "/engine-rest/process-definition/key/front-door/start", """
                {"variables": {%s}}""".formatted(CONTACT_VARIABLES));

        assertThat(extraField.getStatusCode()).as(extraField.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(extraField.getBody()).contains("assessmentTeam");
        assertThat(businessKey.getStatusCode()).as(businessKey.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(history.createHistoricProcessInstanceQuery().count()).isEqualTo(journeys + 1);
    }

    @Test
    void aJourneyStartedByTheJourneyBeforeItIsNotStartedByHandNotEvenByAnAdministrator() {
        long assessments = history.createHistoricProcessInstanceQuery().processDefinitionKey("assessment").count();

        ResponseEntity<String> started = post("admin", "/engine-rest/process-definition/key/assessment/start", """
                {"variables": {"laChildId": {"value": "C0999001"}, "assessmentTeam": {"value": "team-north"},
                 "referralDate": {"value": "2025-12-22"}}}""");

        assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("assessment").count()).isEqualTo(assessments);
    }

    @Test
    void aTaskRecordsOnlyItsFormsFieldsWithTheirOwnChoices() {
        String journey = contact();
        String decision = task(journey, "DecideOnContact").getId();

        ResponseEntity<String> rewritesTheChild = post("frontdoor.manager", "/engine-rest/task/" + decision + "/complete",
                decision("NO_FURTHER_ACTION", ", \"laChildId\": {\"value\": \"C0999001\"}"));
        ResponseEntity<String> injectsAGroup = post("frontdoor.manager", "/engine-rest/task/" + decision + "/complete",
                decision("REFERRAL", ", \"assessmentTeam\": {\"value\": \"team-north,x\"}"));
        ResponseEntity<String> anObject = post("frontdoor.manager", "/engine-rest/task/" + decision + "/complete", """
                {"variables": {"contactOutcome": {"value": "NO_FURTHER_ACTION"}, "decisionDate": {"value": "2025-12-19"},
                 "decisionRationale": {"type": "Object", "value": "{\\"value\\": true}",
                   "valueInfo": {"objectTypeName": "java.util.concurrent.atomic.AtomicBoolean", "serializationDataFormat": "application/json"}}}}""");

        for (ResponseEntity<String> refused : java.util.List.of(rewritesTheChild, injectsAGroup, anObject)) {
            assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        }
        assertThat(task(journey, "DecideOnContact")).as("still open").isNotNull();
        assertThat(runtime.getVariable(journey, "assessmentTeam")).isNull();
        assertThat(runtime.getVariable(journey, "decisionRationale")).isNull();
    }

    @Test
    void variablesAreNeverSetOrRemovedAndJourneysNeverModifiedByHand() {
        String journey = contact();
        String decision = task(journey, "DecideOnContact").getId();
        String execution = runtime.createExecutionQuery().processInstanceId(journey).activityId("DecideOnContact")
                .singleResult().getId();
        String team = "{\"value\": \"team-north\"}";

        assertThat(put("frontdoor.manager", "/engine-rest/task/" + decision + "/variables/assessmentTeam", team)).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(put("frontdoor.manager", "/engine-rest/task/" + decision + "/localVariables/assessmentTeam", team)).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("admin", "/engine-rest/process-instance/" + journey + "/variables",
                "{\"modifications\": {\"assessmentTeam\": " + team + "}}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(put("admin", "/engine-rest/execution/" + execution + "/localVariables/assessmentTeam", team)).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("admin", "/engine-rest/process-instance/" + journey + "/modification", """
                {"instructions": [{"type": "startBeforeActivity", "activityId": "Assessment"}]}""").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(send("admin", HttpMethod.DELETE, "/engine-rest/process-instance/" + journey, null).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(send("frontdoor.manager", HttpMethod.DELETE, "/engine-rest/task/" + decision, null).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        assertThat(runtime.getVariable(journey, "assessmentTeam")).isNull();
        assertThat(runtime.createProcessInstanceQuery().superProcessInstanceId(journey).count()).isZero();
        assertThat(task(journey, "DecideOnContact")).isNotNull();
    }

    @Test
    void messagesAndSignalsAreNotSentByHand() {
        assertThat(post("admin", "/engine-rest/message", "{\"messageName\": \"ContactWithdrawn\"}").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("admin", "/engine-rest/signal", "{\"name\": \"Anything\"}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aPersonCompletesOnlyTheirOwnTasks() {
        String journey = contact();
        String decision = task(journey, "DecideOnContact").getId();

        ResponseEntity<String> byAnAdministrator = post("admin", "/engine-rest/task/" + decision + "/complete",
                decision("NO_FURTHER_ACTION", ""));
        ResponseEntity<String> byAnotherTeam = post("north.manager", "/engine-rest/task/" + decision + "/complete",
                decision("NO_FURTHER_ACTION", ""));

        assertThat(byAnAdministrator.getStatusCode()).as(byAnAdministrator.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(byAnotherTeam.getStatusCode().is4xxClientError()).as(byAnotherTeam.getBody()).isTrue();
        assertThat(task(journey, "DecideOnContact")).as("still open").isNotNull();

        ResponseEntity<String> byItsTeam = post("frontdoor.manager", "/engine-rest/task/" + decision + "/complete",
                decision("NO_FURTHER_ACTION", ""));
        assertThat(byItsTeam.getStatusCode()).as(byItsTeam.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void aTaskIsTakenOnlyByThePersonWhoWillDoItAndHandedBackOnlyByThem() {
        String decision = task(contact(), "DecideOnContact").getId();

        assertThat(post("frontdoor.worker", "/engine-rest/task/" + decision + "/claim", "{\"userId\": \"frontdoor.manager\"}")
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("frontdoor.worker", "/engine-rest/task/" + decision + "/assignee", "{\"userId\": \"frontdoor.manager\"}")
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("frontdoor.worker", "/engine-rest/task/" + decision + "/claim", "{\"userId\": \"frontdoor.worker\"}")
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(post("frontdoor.manager", "/engine-rest/task/" + decision + "/unclaim", "{}").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(tasks.createTaskQuery().taskId(decision).singleResult().getAssignee()).isEqualTo("frontdoor.worker");
        assertThat(post("frontdoor.worker", "/engine-rest/task/" + decision + "/unclaim", "{}").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(tasks.createTaskQuery().taskId(decision).singleResult().getAssignee()).isNull();
    }

    @Test
    void nobodyDeploysThroughTheApiNotEvenAnAdministrator() {
        long deployments = repository.createDeploymentQuery().count();
        LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("deployment-name", "sneaky");
        form.add("data", new ByteArrayResource("""
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" targetNamespace="x">
                  <process id="sneaky" isExecutable="true"><startEvent id="s"/></process></definitions>"""
                .getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "sneaky.bpmn";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);

        ResponseEntity<String> deployed = identity.as(http, "admin").exchange("/engine-rest/deployment/create", HttpMethod.POST,
                new HttpEntity<>(form, headers), String.class);

        assertThat(deployed.getStatusCode()).as(deployed.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
    }

    @Test
    void administratorsSuspendAndResumeJourneysButOthersDoNot() {
        String journey = contact();
        String suspend = "{\"suspended\": true}";

        assertThat(put("north.manager", "/engine-rest/process-instance/" + journey + "/suspended", suspend)).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(put("admin", "/engine-rest/process-instance/" + journey + "/suspended", suspend)).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(journey).singleResult().isSuspended()).isTrue();
        assertThat(put("admin", "/engine-rest/process-instance/" + journey + "/suspended", "{\"suspended\": false}"))
                .isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void theDirectoryFiltersAndAuthorizationsAreNotChangedByPeople() {
        assertThat(put("north.worker", "/engine-rest/user/north.worker/profile",
                "{\"id\": \"north.worker\", \"firstName\": \"Somebody\", \"lastName\": \"Else\"}")).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("admin", "/engine-rest/filter/create", "{\"resourceType\": \"Task\", \"name\": \"x\", \"query\": {}}")
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("admin", "/engine-rest/authorization/create", """
                {"type": 1, "permissions": ["ALL"], "userId": "north.worker", "resourceType": 0, "resourceId": "*"}""")
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("north.worker", "/engine-rest/identity/verify", "{}").getStatusCode().is4xxClientError()).isTrue();
        assertThat(put("north.worker", "/engine-rest/user/north.worker/credentials", "{}").is4xxClientError()).isTrue();
        assertThat(identityOf("north.worker")).isNotEqualTo("Somebody");
    }

    @Test
    void countsAcrossEveryTeamAreForManagersAndAdministrators() {
        assertThat(send("north.worker", HttpMethod.GET, "/engine-rest/process-definition/statistics", null).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(send("north.manager", HttpMethod.GET, "/engine-rest/process-definition/statistics", null).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    private String identityOf(String user) {
        return identity.as(http, "admin").getForObject("/engine-rest/user/" + user + "/profile", Map.class).get("firstName").toString();
    }

    private static String decision(String outcome, String extra) {
        return """
                {"variables": {"contactOutcome": {"value": "%s"}, "decisionDate": {"value": "2025-12-19"},
                 "decisionRationale": {"value": "Discussed with the police."},
                 "referrerFollowUp": {"value": "NOT_TOLD"}, "referrerNotToldReason": {"value": "Told at the strategy discussion."}%s}}""".formatted(outcome, extra);
    }

    /** A new contact's front-door journey, as the front door records it. */
    private String contact() {
        ResponseEntity<Map> contact = identity.as(http, "frontdoor.worker").postForEntity("/api/workflow/contacts", json("""
                {"child": {"givenName": "Ada", "familyName": "Guard", "dateOfBirth": "2016-04-02"},
                 "source": "POLICE", "receivedAt": "2025-12-19T10:30", "reason": "Concern raised by the police."}"""), Map.class);
        assertThat(contact.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return (String) contact.getBody().get("processInstanceId");
    }

    private Task task(String journey, String key) {
        return tasks.createTaskQuery().processInstanceId(journey).taskDefinitionKey(key).singleResult();
    }

    private ResponseEntity<String> post(String user, String path, String body) {
        return send(user, HttpMethod.POST, path, body);
    }

    private HttpStatus put(String user, String path, String body) {
        return HttpStatus.valueOf(send(user, HttpMethod.PUT, path, body).getStatusCode().value());
    }

    private ResponseEntity<String> send(String user, HttpMethod method, String path, String body) {
        return identity.as(http, user).exchange(path, method, body == null ? null : json(body), String.class);
    }

    private static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
