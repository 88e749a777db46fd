package org.caseflow.workflow.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.caseflow.workflow.CaseworkStub;
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
    @Autowired
    CaseworkStub casework;

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
    void aContactForAKnownChildLinksToTheirRecordAndTakesTheirIdentityFromIt() {
        casework.record("C0000042", "Amelia", "Jones", "2016-04-03");

        ResponseEntity<Map> created = post("frontdoor.worker", VALID.replace("\"givenName\"", "\"laChildId\": \"C0000042\", \"givenName\""));

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getBody()).containsEntry("laChildId", "C0000042");
        String journey = (String) created.getBody().get("processInstanceId");
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(journey).variableName("childGivenName")
                .singleResult().getValue()).as("the record's name, not the contact's").isEqualTo("Amelia");
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(journey).variableName("childDateOfBirth")
                .singleResult().getValue()).isEqualTo("2016-04-03");
        assertThat(casework.lookups()).contains("frontdoor.worker C0000042");
    }

    @Test
    void aKnownChildNeedsNoNamesOnTheContact() {
        casework.record("C0000043", "Noah", "Khan", "2015-01-09");

        ResponseEntity<Map> created = post("frontdoor.worker", """
                {"child": {"laChildId": "C0000043"}, "source": "SCHOOL", "receivedAt": "2025-12-19T10:30", "reason": "Absent again."}""");

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void aChildWhoseRecordIsClosedToThePersonIsAnsweredAsAnUnknownChildAndNothingIsRecorded() {
        casework.record("C0000044", "Riley", "Restricted", "2014-02-02", "south.worker");
        long journeysBefore = history.createHistoricProcessInstanceQuery().count();

        ResponseEntity<Map> restricted = post("north.worker", VALID.replace("\"givenName\"", "\"laChildId\": \"C0000044\", \"givenName\""));
        ResponseEntity<Map> unknown = post("north.worker", VALID.replace("\"givenName\"", "\"laChildId\": \"C0000045\", \"givenName\""));

        assertThat(restricted.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(restricted.getBody().get("detail")).isEqualTo(((String) unknown.getBody().get("detail")).replace("C0000045", "C0000044"));
        assertThat(history.createHistoricProcessInstanceQuery().count()).isEqualTo(journeysBefore);
        assertThat(post("south.worker", VALID.replace("\"givenName\"", "\"laChildId\": \"C0000044\", \"givenName\"")).getStatusCode())
                .as("the team the record is open to").isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void whenTheCaseRecordCannotBeAskedTheContactIsNotRecordedAndMayBeSentAgain() {
        casework.record("C0000046", "Isla", "Brown", "2013-03-03");
        long journeysBefore = history.createHistoricProcessInstanceQuery().count();
        casework.down(true);
        try {
            ResponseEntity<Map> response = post("frontdoor.worker", VALID.replace("\"givenName\"", "\"laChildId\": \"C0000046\", \"givenName\""));

            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            assertThat(response.getHeaders().getFirst("Retry-After")).isNotBlank();
            assertThat(history.createHistoricProcessInstanceQuery().count()).isEqualTo(journeysBefore);
            assertThat(post("frontdoor.worker", VALID).getStatusCode()).as("a new child needs no look-up").isEqualTo(HttpStatus.CREATED);
        } finally {
            casework.down(false);
        }
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
