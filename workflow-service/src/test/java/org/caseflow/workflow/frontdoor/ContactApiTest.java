package org.caseflow.workflow.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.caseflow.workflow.WorkflowIntegrationTest;
import org.caseflow.testsupport.TestIdentity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** POST /api/workflow/contacts over real HTTP, on the real engine. */
@WorkflowIntegrationTest
class ContactApiTest {

    static final String VALID = """
            {"child": {"givenName": "Amy", "familyName": "Jones", "dateOfBirth": "2016-04-02"},
             "source": "POLICE", "receivedAt": "2025-12-19T10:30",
             "reason": "Police notification of domestic abuse at the home."}""";

    @Autowired
    TestRestTemplate http;
    @Autowired
    TestIdentity identity;
    @Autowired
    HistoryService history;

    @Test
    void aFrontDoorWorkerRecordsAContactForANewChild() {
        ResponseEntity<Map> created = post("frontdoor.worker", VALID);

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getBody())
                .containsEntry("receivedOn", "2025-12-19")
                .containsEntry("decisionDueOn", "2025-12-22");
        assertThat((String) created.getBody().get("contactId")).matches("CON-\\d{6}");
        assertThat((String) created.getBody().get("laChildId")).matches("C\\d{7}");
        assertThat(history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey((String) created.getBody().get("contactId")).singleResult().getStartUserId())
                .isEqualTo("frontdoor.worker");
    }

    @Test
    void aKnownChildKeepsTheirId() {
        ResponseEntity<Map> created = post("frontdoor.worker", VALID.replace("\"givenName\"", "\"laChildId\": \"C0000042\", \"givenName\""));

        assertThat(created.getBody()).containsEntry("laChildId", "C0000042");
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void aRefusedContactIsNotLoggedAsAnError(CapturedOutput log) {
        ResponseEntity<Map> response = post("frontdoor.worker", VALID.replace("2025-12-19T10:30", "1899-12-19T10:30"));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(log.getOut()).doesNotContain("ENGINE-16004").doesNotContain(" ERROR ");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"child\": {\"familyName\": \"Jones\", \"dateOfBirth\": \"2016-04-02\"}, \"source\": \"POLICE\", \"receivedAt\": \"2025-12-19T10:30\", \"reason\": \"x\"}",
            "{\"child\": {\"givenName\": \"Amy\", \"familyName\": \"Jones\"}, \"source\": \"POLICE\", \"receivedAt\": \"2025-12-19T10:30\", \"reason\": \"x\"}",
            "{\"child\": {\"givenName\": \"Amy\", \"familyName\": \"Jones\", \"dateOfBirth\": \"2999-01-01\"}, \"source\": \"POLICE\", \"receivedAt\": \"2025-12-19T10:30\", \"reason\": \"x\"}",
            "{\"child\": {\"laChildId\": \"C1; drop table\", \"givenName\": \"Amy\", \"familyName\": \"Jones\", \"dateOfBirth\": \"2016-04-02\"}, \"source\": \"POLICE\", \"receivedAt\": \"2025-12-19T10:30\", \"reason\": \"x\"}",
            "{\"child\": {\"givenName\": \"Amy\", \"familyName\": \"Jones\", \"dateOfBirth\": \"2016-04-02\"}, \"source\": \"MARS\", \"receivedAt\": \"2025-12-19T10:30\", \"reason\": \"x\"}",
            "{\"child\": {\"givenName\": \"Amy\", \"familyName\": \"Jones\", \"dateOfBirth\": \"2016-04-02\"}, \"source\": \"POLICE\", \"receivedAt\": \"yesterday\", \"reason\": \"x\"}",
            "{\"child\": {\"givenName\": \"Amy\", \"familyName\": \"Jones\", \"dateOfBirth\": \"2016-04-02\"}, \"source\": \"POLICE\", \"receivedAt\": \"2099-12-19T10:30\", \"reason\": \"x\"}",
            "{\"child\": {\"givenName\": \"Amy\", \"familyName\": \"Jones\", \"dateOfBirth\": \"2016-04-02\"}, \"source\": \"POLICE\", \"receivedAt\": \"2015-12-19T10:30\", \"reason\": \"x\"}",
            "{\"child\": {\"givenName\": \"Amy\", \"familyName\": \"Jones\", \"dateOfBirth\": \"2016-04-02\"}, \"source\": \"POLICE\", \"receivedAt\": \"2025-12-19T10:30\", \"reason\": \"x\", \"priority\": \"high\"}",
            "{\"child\": {\"givenName\": 42, \"familyName\": \"Jones\", \"dateOfBirth\": \"2016-04-02\"}, \"source\": \"POLICE\", \"receivedAt\": \"2025-12-19T10:30\", \"reason\": \"x\"}",
            "{\"child\": {\"givenName\": \"Amy\"",
            ""})
    void badInputIsAProblemAndChangesNothing(String body) {
        long journeysBefore = history.createHistoricProcessInstanceQuery().count();

        ResponseEntity<Map> response = post("frontdoor.worker", body);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(response.getBody()).containsKeys("detail", "correlationId");
        assertThat(history.createHistoricProcessInstanceQuery().count()).isEqualTo(journeysBefore);
    }

    @Test
    void aMissingFieldIsNamed() {
        ResponseEntity<Map> response = post("frontdoor.worker", VALID.replace("\"reason\": \"Police notification of domestic abuse at the home.\"", "\"reason\": \"\""));

        assertThat(response.getBody().toString()).contains("reason");
    }

    @Test
    void onlyPractitionersRecordContacts() {
        assertThat(post("performance", VALID).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.postForEntity("/api/workflow/contacts", json(VALID), String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private ResponseEntity<Map> post(String user, String body) {
        return identity.as(http, user).postForEntity("/api/workflow/contacts", json(body), Map.class);
    }

    private static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
