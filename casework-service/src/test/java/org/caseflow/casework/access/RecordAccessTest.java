package org.caseflow.casework.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caseflow.casework.CaseworkIntegrationTest;
import org.caseflow.support.feed.JourneyFeedConsumer;
import org.caseflow.testsupport.FeedStub;
import org.caseflow.testsupport.Journeys;
import org.junit.jupiter.api.BeforeEach;
import org.caseflow.testsupport.TestIdentity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every read and change of a child's record is audited; a restricted record opens only to its team,
 * and to anyone else looks like no record at all.
 */
@CaseworkIntegrationTest
class RecordAccessTest {

    private static final String SOUTH_CHILD = "C4000001";
    private static boolean published;

    @Autowired
    FeedStub feed;
    @Autowired
    JourneyFeedConsumer consumer;
    @Autowired
    TestRestTemplate http;
    @Autowired
    TestIdentity identity;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void aChildAllocatedToTeamSouth() {
        if (published) {
            return;
        }
        published = true;
        Journeys.of(feed, SOUTH_CHILD, "CON-400001").inTeam("team-south").referredAndAllocated("REF-400001", "Eve", "Stone", null,
                "south.worker");
        consumer.catchUp();
    }

    @Test
    void everyReadIsAuditedWithWhoAndTheRequest() {
        String summaryRead = correlationIdOf(get("north.worker", "/api/casework/children/" + SOUTH_CHILD));
        String chronologyRead = correlationIdOf(get("north.worker", "/api/casework/children/" + SOUTH_CHILD + "/chronology"));

        List<Map<String, Object>> trail = trail("north.manager", SOUTH_CHILD);
        assertThat(trail).anySatisfy(entry -> assertThat(entry).containsEntry("actor", "north.worker")
                .containsEntry("action", "READ_SUMMARY").containsEntry("correlationId", summaryRead));
        assertThat(trail).anySatisfy(entry -> assertThat(entry).containsEntry("action", "READ_CHRONOLOGY")
                .containsEntry("correlationId", chronologyRead));
    }

    @Test
    void everyChangeFromTheJourneyIsAuditedWithItsWorker() {
        List<Map<String, Object>> trail = trail("south.manager", SOUTH_CHILD);

        assertThat(trail).extracting(entry -> entry.get("action"))
                .contains("ContactReceived", "ContactDecided", "ReferralReceived", "SocialWorkerAllocated");
        assertThat(trail).filteredOn(entry -> entry.get("action").equals("SocialWorkerAllocated")).singleElement()
                .satisfies(entry -> assertThat(entry).containsEntry("actor", "north.manager").containsKey("correlationId"));
    }

    @Test
    void onlyManagersReadTheAuditTrail() {
        assertThat(auditAs("north.worker", SOUTH_CHILD).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(auditAs("performance", SOUTH_CHILD).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void theAuditTrailCannotBeAltered() {
        assertThatThrownBy(() -> jdbc.sql("update audit_entry set actor = 'someone else'").update())
                .hasMessageContaining("cannot be changed");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_entry").update())
                .hasMessageContaining("cannot be changed");
        ResponseEntity<String> delete = identity.as(http, "admin").exchange(
                "/api/casework/children/" + SOUTH_CHILD + "/audit", HttpMethod.DELETE, null, String.class);
        assertThat(delete.getStatusCode().is4xxClientError()).isTrue();
    }

    @Test
    void aRestrictedRecordOpensOnlyToItsTeamAndItsManagers() {
        allocatedToTeamSouth("C4000002", "CON-400002", "REF-400002", "Fin");

        assertThat(restrict("north.worker", "C4000002", true, "Staff member's relative").getStatusCode())
                .as("workers do not restrict").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(restrict("south.manager", "C4000002", true, null).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(restrict("south.manager", "C4000002", true, "Staff member's relative").getStatusCode()).isEqualTo(HttpStatus.OK);

        ResponseEntity<Object> refused = get("north.worker", "/api/casework/children/C4000002");
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat((Map<String, Object>) refused.getBody()).containsEntry("type", "https://caseflow.example/problems/child-not-found");
        assertThat(get("north.manager", "/api/casework/children/C4000002/chronology").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get("south.worker", "/api/casework/children/C4000002").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get("admin", "/api/casework/children/C4000002").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(trail("south.manager", "C4000002")).extracting(entry -> entry.get("action"))
                .contains("RESTRICTED", "READ_DENIED");

        restrict("south.manager", "C4000002", false, null);
        assertThat(get("north.worker", "/api/casework/children/C4000002").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    /**
     * Whatever the refused person asks of a restricted record, the answer is the one they would get
     * had no child the id (status, content type and problem, naming the id they asked for), so it
     * tells them nothing; the record's team still sees each refusal in the audit trail.
     */
    @Test
    void aRefusedRestrictedRecordAnswersExactlyAsAMissingChildDoesAndTheRefusalIsAudited() {
        String restricted = "C4000003";
        String missing = "C4999999";
        allocatedToTeamSouth(restricted, "CON-400003", "REF-400003", "Gil");
        assertThat(restrict("south.manager", restricted, true, "High-profile case").getStatusCode()).isEqualTo(HttpStatus.OK);
        String identityChange = """
                {"givenName": "Someone", "familyName": "Else", "dateOfBirth": "2016-04-02", "reason": "Renamed"}""";
        List<Request> requests = List.of(
                new Request("north.worker", HttpMethod.GET, "", null),
                new Request("north.worker", HttpMethod.GET, "/chronology", null),
                new Request("north.worker", HttpMethod.GET, "/identity", null),
                new Request("north.worker", HttpMethod.GET, "/child-protection", null),
                new Request("north.manager", HttpMethod.GET, "/audit", null),
                new Request("north.manager", HttpMethod.PUT, "/restriction", "{\"restricted\": false}"),
                new Request("north.manager", HttpMethod.PUT, "/identity", identityChange));

        for (Request request : requests) {
            ResponseEntity<Map<String, Object>> refused = send(request, restricted);
            ResponseEntity<Map<String, Object>> notFound = send(request, missing);

            assertThat(refused.getStatusCode()).as(request.toString()).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(refused.getHeaders().getContentType()).as(request.toString())
                    .isEqualTo(notFound.getHeaders().getContentType()).hasToString("application/problem+json");
            assertThat(refused.getBody()).as(request.toString())
                    .containsEntry("detail", "No child has LA child id " + restricted + ".");
            assertThat(comparable(refused.getBody(), restricted)).as(request.toString())
                    .isEqualTo(comparable(notFound.getBody(), missing));
        }

        List<Map<String, Object>> refusals = trail("south.manager", restricted).stream()
                .filter(entry -> entry.get("action").equals("READ_DENIED")).toList();
        assertThat(refusals).extracting(entry -> entry.get("actor"))
                .containsExactly("north.worker", "north.worker", "north.worker", "north.worker", "north.manager", "north.manager",
                        "north.manager");
        assertThat(refusals).extracting(entry -> ((String) entry.get("detail")).split(" ")[0])
                .containsExactly("READ_SUMMARY", "READ_CHRONOLOGY", "READ_IDENTITY", "READ_CHILD_PROTECTION", "READ_AUDIT",
                        "RESTRICT", "CHANGE_IDENTITY");
        assertThat(trail("south.manager", restricted)).extracting(entry -> entry.get("action"))
                .as("the refused reads are not recorded as reads, and the refused changes were not made")
                .doesNotContain("READ_SUMMARY", "READ_CHRONOLOGY", "READ_IDENTITY", "READ_CHILD_PROTECTION", "RESTRICTION_LIFTED",
                        "IDENTITY_CHANGED");
        assertThat(jdbc.sql("select restricted from child where la_child_id = :id").param("id", restricted)
                .query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("select given_name from child where la_child_id = :id").param("id", restricted)
                .query(String.class).single()).isEqualTo("Gil");
    }

    /**
     * A list of children made elsewhere (the KPI service's children counted for a figure) shows only those whose
     * records are open to the person: the restricted record of another team's child is left out, as is an id no child
     * has, and the refusal is in the record's audit trail for its team to see.
     */
    @Test
    void aListOfChildrenIsNarrowedToTheRecordsOpenToTheReaderAndTheRestAreAuditedAsRefused() {
        String restricted = "C4000004";
        allocatedToTeamSouth(restricted, "CON-400004", "REF-400004", "Hal");
        assertThat(restrict("south.manager", restricted, true, "Staff member's relative").getStatusCode()).isEqualTo(HttpStatus.OK);
        String asked = """
                {"laChildIds": ["%s", "%s", "C4999998"], "purpose": "the children counted for Children in need, 2026-01"}"""
                .formatted(restricted, SOUTH_CHILD);

        assertThat(openToMe("north.manager", asked).getBody()).containsEntry("laChildIds", List.of(SOUTH_CHILD));
        assertThat(openToMe("south.manager", asked).getBody()).containsEntry("laChildIds", List.of(SOUTH_CHILD, restricted));
        assertThat(openToMe("admin", asked).getBody()).containsEntry("laChildIds", List.of(SOUTH_CHILD, restricted));
        assertThat(trail("south.manager", restricted)).filteredOn(entry -> entry.get("action").equals("READ_DENIED"))
                .singleElement().satisfies(entry -> assertThat(entry).containsEntry("actor", "north.manager")
                        .hasEntrySatisfying("detail", detail -> assertThat((String) detail)
                                .startsWith("LIST the children counted for Children in need, 2026-01 refused")));
    }

    @Test
    void askingAboutRecordsWithABadIdOrNoListIsABadRequestAndAuditsNothing() {
        long entriesBefore = jdbc.sql("select count(*) from audit_entry").query(Long.class).single();

        ResponseEntity<Map<String, Object>> badId = openToMe("north.manager", "{\"laChildIds\": [\"C4000001\", \"not an id!\"]}");
        ResponseEntity<Map<String, Object>> noList = openToMe("north.manager", "{\"purpose\": \"nothing\"}");

        assertThat(badId.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badId.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(noList.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(openToMe("performance", "{\"laChildIds\": [\"C4000001\"]}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(jdbc.sql("select count(*) from audit_entry").query(Long.class).single()).isEqualTo(entriesBefore);
    }

    private ResponseEntity<Map<String, Object>> openToMe(String user, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return identity.as(http, user).exchange("/api/casework/children/open-to-me", HttpMethod.POST,
                new HttpEntity<>(json, headers), new ParameterizedTypeReference<>() { });
    }

    /** The problem without what differs by request (its correlation id) and with the asked-for id blanked out. */
    private static Map<String, Object> comparable(Map<String, Object> problem, String laChildId) {
        Map<String, Object> comparable = new HashMap<>(problem);
        comparable.remove("correlationId");
        comparable.replaceAll((key, value) -> value instanceof String text ? text.replace(laChildId, "{laChildId}") : value);
        return comparable;
    }

    private record Request(String user, HttpMethod method, String pathAfterChild, String jsonBody) {
    }

    private ResponseEntity<Map<String, Object>> send(Request request, String laChildId) {
        HttpHeaders headers = new HttpHeaders();
        if (request.jsonBody() != null) {
            headers.setContentType(MediaType.APPLICATION_JSON);
        }
        return identity.as(http, request.user()).exchange("/api/casework/children/" + laChildId + request.pathAfterChild(),
                request.method(), new HttpEntity<>(request.jsonBody(), headers), new ParameterizedTypeReference<>() { });
    }

    private void allocatedToTeamSouth(String laChildId, String contactId, String referralId, String givenName) {
        Journeys.of(feed, laChildId, contactId).inTeam("team-south").referredAndAllocated(referralId, givenName, "Stone", null,
                "south.worker");
        consumer.catchUp();
    }

    private ResponseEntity<Object> get(String user, String path) {
        return identity.as(http, user).exchange(path, HttpMethod.GET, HttpEntity.EMPTY, Object.class);
    }

    /** The request's correlation id: the trace id the service returns on every response. */
    private static String correlationIdOf(ResponseEntity<?> response) {
        return response.getHeaders().getFirst("X-Correlation-Id");
    }

    private ResponseEntity<String> auditAs(String user, String laChildId) {
        return identity.as(http, user).getForEntity("/api/casework/children/" + laChildId + "/audit", String.class);
    }

    private List<Map<String, Object>> trail(String user, String laChildId) {
        ResponseEntity<List<Map<String, Object>>> response = identity.as(http, user).exchange(
                "/api/casework/children/" + laChildId + "/audit", HttpMethod.GET, null, new ParameterizedTypeReference<>() { });
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private ResponseEntity<String> restrict(String user, String laChildId, boolean restricted, String reason) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        String body = "{\"restricted\": " + restricted + (reason == null ? "" : ", \"reason\": \"" + reason + "\"") + "}";
        return identity.as(http, user).exchange("/api/casework/children/" + laChildId + "/restriction",
                HttpMethod.PUT, new HttpEntity<>(body, headers), String.class);
    }
}
