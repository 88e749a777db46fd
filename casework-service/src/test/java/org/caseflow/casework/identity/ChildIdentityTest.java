package org.caseflow.casework.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.caseflow.casework.CaseworkIntegrationTest;
import org.caseflow.support.feed.JourneyFeedConsumer;
import org.caseflow.testsupport.FeedStub;
import org.caseflow.testsupport.Journeys;
import org.caseflow.testsupport.TestIdentity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
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
 * A child's identity: practitioners read it when the record is open to them, managers change it as
 * an audited step of its own, and a restricted record refused to the caller answers as a missing
 * child does.
 */
@CaseworkIntegrationTest
class ChildIdentityTest {

    /** Team North's child, whose identity only the reading tests use. */
    private static final String NORTH_CHILD = "C5000001";
    /** Team South's child, its record restricted to Team South. */
    private static final String RESTRICTED_CHILD = "C5000002";
    private static final String MISSING_CHILD = "C5999999";
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
    void childrenOfTeamsNorthAndSouth() {
        if (published) {
            return;
        }
        published = true;
        allocated(NORTH_CHILD, "CON-500001", "REF-500001", "team-north", "Amy", "Jones");
        allocated(RESTRICTED_CHILD, "CON-500002", "REF-500002", "team-south", "Riley", "Stone");
        ResponseEntity<String> restricted = put("south.manager", RESTRICTED_CHILD, "/restriction",
                "{\"restricted\": true, \"reason\": \"A relative of a member of staff\"}");
        assertThat(restricted.getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void practitionersAndAdministratorsReadTheIdentityAndEachReadIsAudited() {
        Map<String, Object> amy = new HashMap<>(Map.of(
                "laChildId", NORTH_CHILD, "givenName", "Amy", "familyName", "Jones", "dateOfBirth", "2016-04-02"));
        amy.put("expectedDateOfBirth", null);
        for (String user : List.of("north.worker", "south.manager", "admin")) {
            ResponseEntity<Map<String, Object>> read = read(user, NORTH_CHILD);

            assertThat(read.getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
            assertThat(read.getBody()).as(user).isEqualTo(amy);
        }
        assertThat(auditEntries(NORTH_CHILD, "READ_IDENTITY")).extracting(entry -> entry.get("actor"))
                .containsExactly("north.worker", "south.manager", "admin");
    }

    @Test
    void performanceOfficersAndServiceAccountsMayNotReadIt() {
        for (String caller : List.of("performance", "casework-service", "kpi-service", "metrics")) {
            assertThat(read(caller, NORTH_CHILD).getStatusCode()).as(caller).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(read(caller, MISSING_CHILD).getStatusCode()).as(caller + ", whether or not the child exists")
                    .isEqualTo(HttpStatus.FORBIDDEN);
        }
    }

    @Test
    void aRestrictedIdentityOpensToItsTeamAndAdministratorsAndToAnyoneElseLooksMissing() {
        assertThat(read("south.worker", RESTRICTED_CHILD).getBody()).containsEntry("givenName", "Riley");
        assertThat(read("admin", RESTRICTED_CHILD).getBody()).containsEntry("givenName", "Riley");

        for (String refused : List.of("north.worker", "north.manager", "frontdoor.worker")) {
            ResponseEntity<Map<String, Object>> answer = read(refused, RESTRICTED_CHILD);
            ResponseEntity<Map<String, Object>> missing = read(refused, MISSING_CHILD);

            assertThat(answer.getStatusCode()).as(refused).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(answer.getHeaders().getContentType()).isEqualTo(missing.getHeaders().getContentType());
            assertThat(comparable(answer.getBody(), RESTRICTED_CHILD)).as(refused)
                    .isEqualTo(comparable(missing.getBody(), MISSING_CHILD))
                    .containsEntry("type", "https://caseflow.example/problems/child-not-found")
                    .containsEntry("detail", "No child has LA child id {laChildId}.");
        }
        assertThat(auditEntries(RESTRICTED_CHILD, "READ_DENIED"))
                .filteredOn(entry -> ((String) entry.get("detail")).startsWith("READ_IDENTITY refused"))
                .extracting(entry -> entry.get("actor")).containsExactly("north.worker", "north.manager", "frontdoor.worker");
        assertThat(auditEntries(RESTRICTED_CHILD, "READ_IDENTITY")).extracting(entry -> entry.get("actor"))
                .containsExactly("south.worker", "admin");
    }

    @Test
    void aManagerChangesTheIdentityAndOneAuditEntrySaysWhatChangedFromWhatAndWhy() {
        allocated("C5000003", "CON-500003", "REF-500003", "team-north", "Cara", "Lee");

        ResponseEntity<Map<String, Object>> changed = change("north.manager", "C5000003", """
                {"givenName": "Kara", "familyName": "Lee", "dateOfBirth": "2016-04-03",
                 "reason": "Misspelt at the front door; birth certificate seen."}""");

        assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, Object> kara = new HashMap<>(Map.of(
                "laChildId", "C5000003", "givenName", "Kara", "familyName", "Lee", "dateOfBirth", "2016-04-03"));
        kara.put("expectedDateOfBirth", null);
        assertThat(changed.getBody()).isEqualTo(kara);
        assertThat(read("north.worker", "C5000003").getBody()).isEqualTo(kara);
        assertThat(auditEntries("C5000003", "IDENTITY_CHANGED")).singleElement().satisfies(entry -> assertThat(entry)
                .containsEntry("actor", "north.manager").containsEntry("correlationId", changed.getHeaders().getFirst("X-Correlation-Id"))
                .containsEntry("detail", "Given name from \"Cara\" to \"Kara\"; date of birth from 2016-04-02 to 2016-04-03."
                        + " Reason: Misspelt at the front door; birth certificate seen."));

        Journeys.of(feed, "C5000003", "CON-500004").contactReceived(LocalDateTime.of(2026, 1, 5, 9, 0), LocalDate.of(2026, 1, 6),
                "Cara", "Lee");
        consumer.catchUp();
        assertThat(read("north.worker", "C5000003").getBody()).as("a later contact does not undo the change").isEqualTo(kara);
    }

    @Test
    void anUnbornChildsIdentityHasAnExpectedDateOfBirthThatMayBeInTheFuture() {
        allocated("C5000004", "CON-500005", "REF-500005", "team-north", "Baby", "Moss");
        String expected = LocalDate.now().plusMonths(3).toString();
        String longestName = "N".repeat(100);

        ResponseEntity<Map<String, Object>> changed = change("admin", "C5000004", """
                {"givenName": "%s", "familyName": "Moss", "expectedDateOfBirth": "%s", "reason": "%s"}"""
                .formatted(longestName, expected, "R".repeat(1000)));

        assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(changed.getBody()).containsEntry("givenName", longestName).containsEntry("dateOfBirth", null)
                .containsEntry("expectedDateOfBirth", expected);
        assertThat((String) auditEntries("C5000004", "IDENTITY_CHANGED").get(0).get("detail"))
                .startsWith("Given name from \"Baby\" to \"" + longestName + "\"; date of birth from 2016-04-02 to (none);"
                        + " expected date of birth from (none) to " + expected + ". Reason: RRR");
    }

    @Test
    void aRestrictedRecordsIdentityIsChangedOnlyByItsTeamsManagersAndAdministrators() {
        String change = """
                {"givenName": "Riley", "familyName": "Stone-Hart", "dateOfBirth": "2016-04-02", "reason": "Adopted name"}""";

        ResponseEntity<Map<String, Object>> refused = change("north.manager", RESTRICTED_CHILD, change);
        ResponseEntity<Map<String, Object>> missing = change("north.manager", MISSING_CHILD, change);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(comparable(refused.getBody(), RESTRICTED_CHILD)).isEqualTo(comparable(missing.getBody(), MISSING_CHILD));
        assertThat(familyName(RESTRICTED_CHILD)).isEqualTo("Stone");
        assertThat(auditEntries(RESTRICTED_CHILD, "READ_DENIED")).anySatisfy(entry -> assertThat(entry)
                .containsEntry("actor", "north.manager").containsEntry("correlationId", refused.getHeaders().getFirst("X-Correlation-Id"))
                .hasEntrySatisfying("detail", detail -> assertThat((String) detail).startsWith("CHANGE_IDENTITY refused")));

        assertThat(change("south.manager", RESTRICTED_CHILD, change).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(familyName(RESTRICTED_CHILD)).isEqualTo("Stone-Hart");
        assertThat(change("admin", RESTRICTED_CHILD, change.replace("Stone-Hart", "Stone")).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(familyName(RESTRICTED_CHILD)).isEqualTo("Stone");
        assertThat(auditEntries(RESTRICTED_CHILD, "IDENTITY_CHANGED")).extracting(entry -> entry.get("actor"))
                .containsExactly("south.manager", "admin");
    }

    @Test
    void onlyManagersAndAdministratorsChangeAnIdentity() {
        String change = """
                {"givenName": "Someone", "familyName": "Else", "dateOfBirth": "2016-04-02", "reason": "Renamed"}""";
        for (String caller : List.of("north.worker", "frontdoor.worker", "performance", "casework-service")) {
            assertThat(change(caller, NORTH_CHILD, change).getStatusCode()).as(caller)
                    .isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(change("north.manager", MISSING_CHILD, change).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(familyName(NORTH_CHILD)).isEqualTo("Jones");
        assertThat(auditEntries(NORTH_CHILD, "IDENTITY_CHANGED")).isEmpty();
    }

    static Stream<Arguments> badChanges() {
        String future = LocalDate.now().plusDays(1).toString();
        return Stream.of(
                Arguments.of("no given name", """
                        {"familyName": "Else", "dateOfBirth": "2016-04-02", "reason": "Renamed"}"""),
                Arguments.of("a blank family name", """
                        {"givenName": "Someone", "familyName": "  ", "dateOfBirth": "2016-04-02", "reason": "Renamed"}"""),
                Arguments.of("a name over 100 characters", """
                        {"givenName": "%s", "familyName": "Else", "dateOfBirth": "2016-04-02", "reason": "Renamed"}"""
                        .formatted("N".repeat(101))),
                Arguments.of("no reason", """
                        {"givenName": "Someone", "familyName": "Else", "dateOfBirth": "2016-04-02"}"""),
                Arguments.of("a blank reason", """
                        {"givenName": "Someone", "familyName": "Else", "dateOfBirth": "2016-04-02", "reason": ""}"""),
                Arguments.of("a reason over 1000 characters", """
                        {"givenName": "Someone", "familyName": "Else", "dateOfBirth": "2016-04-02", "reason": "%s"}"""
                        .formatted("R".repeat(1001))),
                Arguments.of("neither date", """
                        {"givenName": "Someone", "familyName": "Else", "reason": "Renamed"}"""),
                Arguments.of("a date of birth in the future", """
                        {"givenName": "Someone", "familyName": "Else", "dateOfBirth": "%s", "reason": "Renamed"}""".formatted(future)),
                Arguments.of("a date that is not a date", """
                        {"givenName": "Someone", "familyName": "Else", "dateOfBirth": "2016-02-30", "reason": "Renamed"}"""),
                Arguments.of("a number for a name", """
                        {"givenName": 42, "familyName": "Else", "dateOfBirth": "2016-04-02", "reason": "Renamed"}"""),
                Arguments.of("an unknown field", """
                        {"givenName": "Someone", "familyName": "Else", "dateOfBirth": "2016-04-02", "reason": "Renamed",
                         "restricted": false}"""),
                Arguments.of("not JSON", "givenName=Someone"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badChanges")
    void badInputIsA400ProblemAndChangesNothing(String what, String body) {
        Map<String, Object> before = identityRow(NORTH_CHILD);
        long auditBefore = auditCount();

        ResponseEntity<Map<String, Object>> answer = change("north.manager", NORTH_CHILD, body);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(answer.getBody()).containsEntry("status", 400).containsEntry("correlationId", answer.getHeaders().getFirst("X-Correlation-Id"));
        assertThat(identityRow(NORTH_CHILD)).isEqualTo(before);
        assertThat(auditCount()).isEqualTo(auditBefore);
        assertThat(change("north.manager", RESTRICTED_CHILD, body).getStatusCode())
                .as("checked before the record is opened, so it says nothing about a restricted record")
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    private void allocated(String laChildId, String contactId, String referralId, String team, String givenName,
            String familyName) {
        Journeys.of(feed, laChildId, contactId).inTeam(team).referredAndAllocated(referralId, givenName, familyName, null,
                team.equals("team-south") ? "south.worker" : "north.worker");
        consumer.catchUp();
    }

    private ResponseEntity<Map<String, Object>> read(String caller, String laChildId) {
        return identity.as(http, caller).exchange("/api/casework/children/" + laChildId + "/identity", HttpMethod.GET, null,
                new ParameterizedTypeReference<>() { });
    }

    private ResponseEntity<Map<String, Object>> change(String caller, String laChildId, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return identity.as(http, caller).exchange("/api/casework/children/" + laChildId + "/identity", HttpMethod.PUT,
                new HttpEntity<>(json, headers), new ParameterizedTypeReference<>() { });
    }

    private ResponseEntity<String> put(String caller, String laChildId, String path, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return identity.as(http, caller).exchange("/api/casework/children/" + laChildId + path, HttpMethod.PUT,
                new HttpEntity<>(json, headers), String.class);
    }

    /** The child's audit entries of one kind, oldest first, as the record's own managers read them. */
    private List<Map<String, Object>> auditEntries(String laChildId, String action) {
        String manager = laChildId.equals(RESTRICTED_CHILD) ? "south.manager" : "north.manager";
        ResponseEntity<List<Map<String, Object>>> trail = identity.as(http, manager).exchange(
                "/api/casework/children/" + laChildId + "/audit", HttpMethod.GET, null, new ParameterizedTypeReference<>() { });
        assertThat(trail.getStatusCode()).isEqualTo(HttpStatus.OK);
        return trail.getBody().stream().filter(entry -> entry.get("action").equals(action)).toList();
    }

    private long auditCount() {
        return jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
    }

    private Map<String, Object> identityRow(String laChildId) {
        return jdbc.sql("select given_name, family_name, date_of_birth, expected_date_of_birth, updated_at from child where la_child_id = :id")
                .param("id", laChildId).query().singleRow();
    }

    private String familyName(String laChildId) {
        return (String) identityRow(laChildId).get("family_name");
    }

    /** A problem without its correlation id, and with the id the caller asked for blanked out. */
    private static Map<String, Object> comparable(Map<String, Object> problem, String laChildId) {
        Map<String, Object> comparable = new HashMap<>(problem);
        comparable.remove("correlationId");
        comparable.replaceAll((key, value) -> value instanceof String text ? text.replace(laChildId, "{laChildId}") : value);
        return comparable;
    }
}
