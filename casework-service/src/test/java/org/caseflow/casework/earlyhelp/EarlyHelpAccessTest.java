package org.caseflow.casework.earlyhelp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caseflow.casework.CaseworkIntegrationTest;
import org.caseflow.casework.EarlyHelpJourney;
import org.caseflow.support.feed.JourneyFeedConsumer;
import org.caseflow.testsupport.FeedStub;
import org.caseflow.testsupport.Journeys;
import org.caseflow.testsupport.TestIdentity;
import org.junit.jupiter.api.BeforeEach;
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

/**
 * Early Help practitioners ({@code early-help}) and their managers see only the Early Help record,
 * and only of children who have had an Early Help episode: every other view of a child is social
 * care's and refused to them by role; a child unknown to Early Help answers as one who does not
 * exist. Social care reads the Early Help record of any child open to them. The count of open cases
 * is for managers, performance officers and administrators.
 */
@CaseworkIntegrationTest
class EarlyHelpAccessTest {

    /** Has an open Early Help episode, from the front door. */
    private static final String EARLY_HELP_CHILD = "C8200001";
    /** Known to social care only. */
    private static final String SOCIAL_CARE_CHILD = "C8200002";
    /** An Early Help episode, then a referral allocated to Team South, whose manager restricted the record. */
    private static final String RESTRICTED_CHILD = "C8200003";
    private static final String MISSING_CHILD = "C8299999";
    private static boolean published;

    @Autowired
    FeedStub feed;
    @Autowired
    JourneyFeedConsumer consumer;
    @Autowired
    TestRestTemplate http;
    @Autowired
    TestIdentity identity;

    @BeforeEach
    void children() {
        if (published) {
            return;
        }
        published = true;
        Journeys earlyHelp = Journeys.of(feed, EARLY_HELP_CHILD, "CON-8200001");
        earlyHelp.contactReceived(LocalDateTime.of(2026, 2, 2, 9, 0), LocalDate.of(2026, 2, 3), "Ada", "Cole");
        earlyHelp.contactDecided("EARLY_HELP", LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 3));
        EarlyHelpJourney.of(feed, EARLY_HELP_CHILD, "CON-8200001", "EH-8200001")
                .startedAtTheFrontDoor(LocalDate.of(2026, 2, 2), LocalDate.of(2026, 3, 16));

        Journeys socialCare = Journeys.of(feed, SOCIAL_CARE_CHILD, "CON-8200002");
        socialCare.contactReceived(LocalDateTime.of(2026, 2, 2, 9, 0), LocalDate.of(2026, 2, 3), "Ben", "Hart");
        socialCare.contactDecided("REFERRAL", LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 3));
        socialCare.referralReceived("REF-8200002", LocalDate.of(2026, 2, 2), LocalDate.of(2026, 4, 7));
        socialCare.allocated("north.worker", LocalDate.of(2026, 2, 3), LocalDate.of(2026, 4, 7));

        Journeys restricted = Journeys.of(feed, RESTRICTED_CHILD, "CON-8200003").inTeam("team-south");
        restricted.contactReceived(LocalDateTime.of(2026, 2, 2, 9, 0), LocalDate.of(2026, 2, 3), "Cal", "Webb");
        restricted.contactDecided("EARLY_HELP", LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 3));
        EarlyHelpJourney restrictedEarlyHelp = EarlyHelpJourney.of(feed, RESTRICTED_CHILD, "CON-8200003", "EH-8200003");
        restrictedEarlyHelp.startedAtTheFrontDoor(LocalDate.of(2026, 2, 2), LocalDate.of(2026, 3, 16));
        restrictedEarlyHelp.stepUpContact("CON-8200004", LocalDateTime.of(2026, 3, 2, 9, 0), LocalDate.of(2026, 3, 3), "Step up.");
        Journeys stepUp = Journeys.of(feed, RESTRICTED_CHILD, "CON-8200004").inTeam("team-south");
        stepUp.contactDecided("REFERRAL", LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 3));
        stepUp.referralReceived("REF-8200004", LocalDate.of(2026, 3, 3), LocalDate.of(2026, 5, 6));
        stepUp.allocated("south.worker", LocalDate.of(2026, 3, 4), LocalDate.of(2026, 5, 6));
        consumer.catchUp();
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        assertThat(identity.as(http, "south.manager").exchange("/api/casework/children/" + RESTRICTED_CHILD + "/restriction",
                HttpMethod.PUT, new HttpEntity<>("{\"restricted\": true, \"reason\": \"High-profile case\"}", json), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void anEarlyHelpPractitionerReadsTheEarlyHelpRecordAndNoOtherViewOfAChild() {
        for (TestRestTemplate earlyHelp : List.of(earlyHelpWorker(), earlyHelpManager())) {
            ResponseEntity<Map<String, Object>> record = send(earlyHelp, HttpMethod.GET, EARLY_HELP_CHILD, "/early-help", null);
            assertThat(record.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(record.getBody()).containsEntry("givenName", "Ada").containsEntry("dateOfBirth", "2016-04-02");
            assertThat((List<Map<String, Object>>) record.getBody().get("episodes")).extracting(episode -> episode.get("ehEpisodeId"))
                    .containsExactly("EH-8200001");
            assertThat((List<Map<String, Object>>) record.getBody().get("chronology")).extracting(entry -> entry.get("kind"))
                    .as("not the front door's contact or decision").containsExactly("EarlyHelpEpisodeStarted");

            String identityChange = """
                    {"givenName": "Someone", "familyName": "Else", "dateOfBirth": "2016-04-02", "reason": "Renamed"}""";
            for (Map.Entry<HttpMethod, List<String>> refused : Map.of(
                    HttpMethod.GET, List.of("", "/chronology", "/child-protection", "/identity", "/audit"),
                    HttpMethod.PUT, List.of("/restriction", "/identity")).entrySet()) {
                for (String path : refused.getValue()) {
                    String body = path.equals("/identity") ? identityChange : path.equals("/restriction") ? "{\"restricted\": false}" : null;
                    assertThat(send(earlyHelp, refused.getKey(), EARLY_HELP_CHILD, path, body).getStatusCode())
                            .as(refused.getKey() + " " + path).isEqualTo(HttpStatus.FORBIDDEN);
                }
            }
            assertThat(earlyHelp.getForEntity("/api/casework/open-cases", String.class).getStatusCode())
                    .as("it would tell Early Help social care's numbers").isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(trail(EARLY_HELP_CHILD)).filteredOn(entry -> entry.get("actor").equals("eh.worker"))
                .extracting(entry -> entry.get("action")).as("the read is audited").containsExactly("READ_EARLY_HELP");
    }

    /** To Early Help, a child social care knows and Early Help does not answers exactly as a child who does not exist. */
    @Test
    void aChildWithNoEarlyHelpEpisodeIsAMissingChildToEarlyHelpAndTheRefusalIsAudited() {
        ResponseEntity<Map<String, Object>> refused = send(earlyHelpWorker(), HttpMethod.GET, SOCIAL_CARE_CHILD, "/early-help", null);
        ResponseEntity<Map<String, Object>> missing = send(earlyHelpWorker(), HttpMethod.GET, MISSING_CHILD, "/early-help", null);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(missing.getHeaders().getContentType())
                .hasToString("application/problem+json");
        assertThat(comparable(refused.getBody(), SOCIAL_CARE_CHILD)).isEqualTo(comparable(missing.getBody(), MISSING_CHILD));
        assertThat(trail(SOCIAL_CARE_CHILD)).filteredOn(entry -> entry.get("actor").equals("eh.worker")).singleElement()
                .satisfies(entry -> assertThat(entry).containsEntry("action", "READ_DENIED")
                        .containsEntry("detail", "READ_EARLY_HELP refused: the child has had no Early Help episode"));
    }

    @Test
    void aRestrictedRecordIsAMissingChildToEarlyHelpUnlessTheyAreItsTeam() {
        ResponseEntity<Map<String, Object>> refused = send(earlyHelpWorker(), HttpMethod.GET, RESTRICTED_CHILD, "/early-help", null);
        assertThat(refused.getStatusCode()).as("allocated to Team South").isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(refused.getBody()).containsEntry("detail", "No child has LA child id " + RESTRICTED_CHILD + ".");
        assertThat(send(identity.as(http, "north.worker"), HttpMethod.GET, RESTRICTED_CHILD, "/early-help", null).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);

        ResponseEntity<Map<String, Object>> team = send(identity.as(http, "south.worker"), HttpMethod.GET, RESTRICTED_CHILD,
                "/early-help", null);
        assertThat(team.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((List<Map<String, Object>>) team.getBody().get("chronology")).extracting(entry -> entry.get("kind"))
                .as("the step-up contact is the front door's, not Early Help's").containsExactly("EarlyHelpEpisodeStarted");
        assertThat(trail(RESTRICTED_CHILD)).filteredOn(entry -> entry.get("action").equals("READ_DENIED"))
                .extracting(entry -> entry.get("actor")).containsExactly("eh.worker", "north.worker");
    }

    @Test
    void socialCareReadsAnyOpenChildsEarlyHelpRecordAndOthersDoNot() {
        ResponseEntity<Map<String, Object>> none = send(identity.as(http, "north.worker"), HttpMethod.GET, SOCIAL_CARE_CHILD,
                "/early-help", null);
        assertThat(none.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(none.getBody()).containsEntry("episodes", List.of()).containsEntry("chronology", List.of());
        for (String user : List.of("north.worker", "north.manager", "admin")) {
            assertThat(send(identity.as(http, user), HttpMethod.GET, EARLY_HELP_CHILD, "/early-help", null).getStatusCode())
                    .as(user).isEqualTo(HttpStatus.OK);
        }
        assertThat(send(identity.as(http, "north.worker"), HttpMethod.GET, MISSING_CHILD, "/early-help", null).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(send(identity.as(http, "performance"), HttpMethod.GET, EARLY_HELP_CHILD, "/early-help", null).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(send(TestIdentity.withToken(http, identity.serviceToken("kpi-service")), HttpMethod.GET, EARLY_HELP_CHILD,
                "/early-help", null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        TestRestTemplate alsoSocialCare = TestIdentity.withToken(http, identity.tokenFor("dual.worker",
                List.of("early-help", "social-workers")));
        assertThat(alsoSocialCare.getForEntity("/api/casework/children/" + SOCIAL_CARE_CHILD, String.class).getStatusCode())
                .as("an Early Help practitioner who is a social worker too").isEqualTo(HttpStatus.OK);
    }

    @Test
    void theOpenCasesCountIsForManagersPerformanceOfficersAndAdministrators() {
        for (String user : List.of("north.manager", "performance", "admin")) {
            ResponseEntity<Map<String, Object>> counts = identity.as(http, user).exchange("/api/casework/open-cases", HttpMethod.GET,
                    null, new ParameterizedTypeReference<>() { });
            assertThat(counts.getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
            assertThat(counts.getBody()).containsOnlyKeys("date", "earlyHelp", "childInNeed", "childProtectionPlan", "lookedAfter", "total");
        }
        assertThat(identity.as(http, "north.worker").getForEntity("/api/casework/open-cases", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(identity.as(http, "performance").getForEntity("/api/casework/open-cases?date=2026-02-30", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    private TestRestTemplate earlyHelpWorker() {
        return TestIdentity.withToken(http, identity.tokenFor("eh.worker", List.of("early-help")));
    }

    private TestRestTemplate earlyHelpManager() {
        return TestIdentity.withToken(http, identity.tokenFor("eh.manager", List.of("early-help", "early-help-managers")));
    }

    private static ResponseEntity<Map<String, Object>> send(TestRestTemplate as, HttpMethod method, String laChildId,
            String pathAfterChild, String jsonBody) {
        HttpHeaders headers = new HttpHeaders();
        if (jsonBody != null) {
            headers.setContentType(MediaType.APPLICATION_JSON);
        }
        return as.exchange("/api/casework/children/" + laChildId + pathAfterChild, method, new HttpEntity<>(jsonBody, headers),
                new ParameterizedTypeReference<>() { });
    }

    /** The problem without what differs by request (its correlation id) and with the asked-for id blanked out. */
    private static Map<String, Object> comparable(Map<String, Object> problem, String laChildId) {
        Map<String, Object> comparable = new HashMap<>(problem);
        comparable.remove("correlationId");
        comparable.replaceAll((key, value) -> value instanceof String text ? text.replace(laChildId, "{laChildId}") : value);
        return comparable;
    }

    /** Read by an administrator, to whom every record is open. */
    private List<Map<String, Object>> trail(String laChildId) {
        ResponseEntity<List<Map<String, Object>>> response = identity.as(http, "admin").exchange(
                "/api/casework/children/" + laChildId + "/audit", HttpMethod.GET, null, new ParameterizedTypeReference<>() { });
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }
}
