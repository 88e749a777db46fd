package org.caseflow.casework.fostering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.caseflow.casework.CaseworkIntegrationTest;
import org.caseflow.journey.events.BusinessDates;
import org.caseflow.journey.events.fostering.CarerType;
import org.caseflow.support.feed.JourneyFeedConsumer;
import org.caseflow.testsupport.FeedStub;
import org.caseflow.testsupport.TestIdentity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Who reads the foster carer register: the fostering team, its managers and administrators. Everyone
 * else signed in is refused by role (403), whoever the household; no one reads it without signing in.
 * Bad filters and unknown or malformed carer ids are problems too.
 */
@CaseworkIntegrationTest
class FosterCarerAccessTest {

    static final String CARER = "FC-A001";
    static final String REGISTER = "/api/casework/foster-carers";
    static final String HOUSEHOLD = REGISTER + "/" + CARER;

    @Autowired
    FeedStub feed;
    @Autowired
    JourneyFeedConsumer consumer;
    @Autowired
    TestRestTemplate http;
    @Autowired
    TestIdentity identity;

    @BeforeEach
    void aHouseholdIsOnTheRegister() {
        consumer.catchUp();
        if (!identity.as(http, "admin").getForEntity(HOUSEHOLD, String.class).getStatusCode().is2xxSuccessful()) {
            LocalDate approvedOn = LocalDate.now(BusinessDates.LONDON).minusDays(14);
            FosterCarerJourney.of(feed, CARER, CarerType.IN_HOUSE, "fostering.worker")
                    .approved("The Access household", approvedOn, approvedOn.minusDays(7), approvedOn.minusDays(7).plusYears(3),
                            approvedOn.plusWeeks(6));
            consumer.catchUp();
        }
    }

    @Test
    void theFosteringTeamItsManagersAndAdministratorsReadTheRegisterAndEachHousehold() {
        for (String reader : List.of("fostering.worker", "kinship.worker", "fostering.manager", "admin")) {
            ResponseEntity<Map> register = identity.as(http, reader).getForEntity(REGISTER, Map.class);
            assertThat(register.getStatusCode()).as(reader).isEqualTo(HttpStatus.OK);
            assertThat((List<Map<String, Object>>) register.getBody().get("carers")).as(reader)
                    .anySatisfy(carer -> assertThat(carer).containsEntry("carerId", CARER));
            ResponseEntity<Map> household = identity.as(http, reader).getForEntity(HOUSEHOLD, Map.class);
            assertThat(household.getStatusCode()).as(reader).isEqualTo(HttpStatus.OK);
            assertThat((Map<String, Object>) household.getBody().get("carer")).as(reader)
                    .containsEntry("householdName", "The Access household");
        }
    }

    /** Children's social workers, other teams' managers, Early Help, performance officers and services. */
    @Test
    void everyoneElseSignedInIsRefusedByRole() {
        for (String refused : List.of("north.worker", "south.worker", "frontdoor.worker", "north.manager", "south.manager",
                "frontdoor.manager", "eh.worker", "eh.manager", "performance", "kpi-service")) {
            for (String path : List.of(REGISTER, REGISTER + "?status=approved", HOUSEHOLD, REGISTER + "/FC-UNKNOWN")) {
                ResponseEntity<Map> answer = identity.as(http, refused).getForEntity(path, Map.class);
                assertThat(answer.getStatusCode()).as(refused + " " + path).isEqualTo(HttpStatus.FORBIDDEN);
                assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
                assertThat(answer.getBody()).as(refused + " " + path)
                        .containsEntry("type", "https://caseflow.example/problems/forbidden")
                        .doesNotContainKey("carers").doesNotContainKey("carer");
            }
        }
    }

    @Test
    void noOneReadsItWithoutSigningIn() {
        for (String path : List.of(REGISTER, HOUSEHOLD)) {
            ResponseEntity<Map> answer = http.getForEntity(path, Map.class);
            assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(answer.getBody()).containsEntry("type", "https://caseflow.example/problems/unauthenticated");
        }
    }

    @Test
    void aFilterValueTheRegisterDoesNotKnowIsABadRequest() {
        for (String query : List.of("?type=FOSTER", "?type=kinship", "?status=Approved", "?status=open",
                "?type=KINSHIP&status=former")) {
            ResponseEntity<Map> answer = identity.as(http, "fostering.manager").getForEntity(REGISTER + query, Map.class);
            assertThat(answer.getStatusCode()).as(query).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
            assertThat(answer.getBody()).as(query).containsEntry("type", "https://caseflow.example/problems/invalid-input")
                    .containsKey("correlationId");
        }
        assertThat((String) identity.as(http, "fostering.manager").getForObject(REGISTER + "?type=FOSTER", Map.class).get("detail"))
                .isEqualTo("The register's type may be IN_HOUSE or KINSHIP, not \"FOSTER\".");
        assertThat((String) identity.as(http, "fostering.manager").getForObject(REGISTER + "?status=open", Map.class).get("detail"))
                .isEqualTo("The register's status may be approved or deregistered, not \"open\".");
    }

    @Test
    void anUnknownCarerIsNotFoundAndAMalformedIdIsABadRequest() {
        ResponseEntity<Map> unknown = identity.as(http, "fostering.worker").getForEntity(REGISTER + "/FC-NONE", Map.class);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(unknown.getBody()).containsEntry("type", "https://caseflow.example/problems/carer-not-found")
                .containsEntry("detail", "The foster carer register holds no household with carer id FC-NONE.");

        ResponseEntity<Map> malformed = identity.as(http, "fostering.worker").getForEntity(REGISTER + "/FC_0001", Map.class);
        assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(malformed.getHeaders().getContentType()).hasToString("application/problem+json");
    }
}
