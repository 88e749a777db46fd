package org.caseflow.workflow.enginerest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

/** Camunda's REST API refuses bad requests in the same problem-details shape as the rest of Caseflow. */
@WorkflowIntegrationTest
class EngineRestProblemsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    TestRestTemplate http;
    @Autowired
    TestIdentity identity;

    @Test
    void aQueryParameterThatIsNotADateIsAProblemNamingIt() throws Exception {
        ResponseEntity<String> response = get("/engine-rest/task?dueBefore=soon", "north.worker");

        JsonNode problem = problemOf(response, HttpStatus.BAD_REQUEST);
        assertThat(problem.get("type").asText()).isEqualTo("https://caseflow.example/problems/invalid-input");
        assertThat(problem.get("detail").asText()).contains("dueBefore", "soon");
        assertThat(problem.get("instance").asText()).isEqualTo("/engine-rest/task");
        assertThat(problem.get("correlationId").asText()).isEqualTo(response.getHeaders().getFirst("X-Correlation-Id"));
    }

    @Test
    void somethingThatDoesNotExistIsANotFoundProblem() throws Exception {
        ResponseEntity<String> response = get("/engine-rest/process-definition/key/no-such-process", "admin");

        JsonNode problem = problemOf(response, HttpStatus.NOT_FOUND);
        assertThat(problem.get("type").asText()).endsWith("/not-found");
        assertThat(problem.get("detail").asText()).contains("no-such-process");
    }

    @Test
    void aBodyThatIsNotJsonIsABadRequestProblem() throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> response = identity.as(http, "frontdoor.worker").exchange("/engine-rest/task",
                HttpMethod.POST, new HttpEntity<>("{\"candidateGroup\": ", headers), String.class);

        problemOf(response, HttpStatus.BAD_REQUEST);
    }

    @Test
    void aJavaSerialisedVariableIsRefusedUnreadAsBadInput() throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        String javaSerialized = """
                {"variables": {"contactReason": {"value": "abc", "type": "Object", "valueInfo": {"objectTypeName": "java.util.Date",
                 "serializationDataFormat": "application/x-java-serialized-object"}}}}""";
        ResponseEntity<String> response = identity.as(http, "north.worker").exchange("/engine-rest/process-definition/key/front-door/start",
                HttpMethod.POST, new HttpEntity<>(javaSerialized, headers), String.class);

        JsonNode problem = problemOf(response, HttpStatus.BAD_REQUEST);
        assertThat(problem.get("detail").asText()).contains("plain text");
    }

    @Test
    void answersThatSucceedAreLeftAsCamundaWroteThem() {
        ResponseEntity<String> response = get("/engine-rest/task/count", "north.worker");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
        assertThat(response.getBody()).contains("\"count\"");
    }

    private ResponseEntity<String> get(String path, String user) {
        return identity.as(http, user).exchange(path, HttpMethod.GET, HttpEntity.EMPTY, String.class);
    }

    private static JsonNode problemOf(ResponseEntity<String> response, HttpStatus expected) throws Exception {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(expected);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        JsonNode problem = JSON.readTree(response.getBody());
        assertThat(problem.get("status").asInt()).isEqualTo(expected.value());
        assertThat(problem.get("title").asText()).isEqualTo(expected.getReasonPhrase());
        assertThat(problem.has("message")).as("Camunda's own error field is gone").isFalse();
        return problem;
    }
}
