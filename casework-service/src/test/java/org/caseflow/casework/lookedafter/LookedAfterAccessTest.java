package org.caseflow.casework.lookedafter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.caseflow.casework.CaseAllocationJourney;
import org.caseflow.casework.CaseworkIntegrationTest;
import org.caseflow.casework.LookedAfterJourney;
import org.caseflow.casework.LookedAfterJourney.Where;
import org.caseflow.support.feed.JourneyFeedConsumer;
import org.caseflow.testsupport.FeedStub;
import org.caseflow.testsupport.Journeys;
import org.caseflow.testsupport.TestIdentity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * While a child is looked after, their record opens only to the care team (the period's team), the
 * teams with open work for the child (here the referral's, Team North), their managers and
 * administrators; to anyone else it answers as a missing child, and the refusal is audited. Once
 * care ends, the ordinary rules apply again. Team South has nothing to do with these children.
 */
@CaseworkIntegrationTest
class LookedAfterAccessTest {

    private static final Where FOSTER_CARE = new Where("U6", "PR1", "BR1", false, false);
    /** Every view of the record that reads it: the summary, chronology, child protection history, Early Help record, periods of care. */
    private static final List<String> VIEWS = List.of("", "/chronology", "/child-protection", "/early-help", "/looked-after");

    @Autowired
    FeedStub feed;
    @Autowired
    JourneyFeedConsumer consumer;
    @Autowired
    TestRestTemplate http;
    @Autowired
    TestIdentity identity;

    @Test
    void aLookedAfterChildsRecordOpensOnlyToTheCareTeamTheTeamsWithOpenWorkAndTheirManagersUntilCareEnds() {
        String child = "C8170001";
        LookedAfterJourney care = inCareFromAnAssessment(child, "CON-8170001", "REF-8170001", "LAC-8170001");

        for (String view : VIEWS) {
            ResponseEntity<Map<String, Object>> refused = get("south.worker", child, view);
            assertThat(refused.getStatusCode()).as("south.worker " + view).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(refused.getBody()).as(view).containsEntry("type", "https://caseflow.example/problems/child-not-found")
                    .containsEntry("detail", "No child has LA child id " + child + ".");
            assertThat(status("cic.worker", child, view)).as("the care team's social worker " + view).isEqualTo(HttpStatus.OK);
            assertThat(status("cic.manager", child, view)).as("the care team's manager " + view).isEqualTo(HttpStatus.OK);
            assertThat(status("north.worker", child, view)).as("the referral's team " + view).isEqualTo(HttpStatus.OK);
            assertThat(status("north.manager", child, view)).as("the referral team's manager " + view).isEqualTo(HttpStatus.OK);
            assertThat(status("admin", child, view)).as("administrators " + view).isEqualTo(HttpStatus.OK);
        }
        assertThat(status("south.manager", child, "/audit")).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(status("cic.manager", child, "/audit")).isEqualTo(HttpStatus.OK);
        assertThat(status("north.manager", child, "/audit")).isEqualTo(HttpStatus.OK);
        assertThat(status("performance", child, "/looked-after")).as("by role, whatever the child").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(status("eh.worker", child, "/looked-after")).as("by role, whatever the child").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(status("south.worker", child, "/identity")).as("the front door links contacts by it").isEqualTo(HttpStatus.OK);
        assertThat(changeIdentity("south.manager", child)).isEqualTo(HttpStatus.NOT_FOUND);

        List<Map<String, Object>> trail = trail("cic.manager", child);
        assertThat(trail).filteredOn(entry -> entry.get("action").equals("READ_DENIED")).extracting(entry -> entry.get("actor") + ": "
                + entry.get("detail")).containsExactly(
                "south.worker: READ_SUMMARY refused: looked-after child; open to [team-cic, team-north]",
                "south.worker: READ_CHRONOLOGY refused: looked-after child; open to [team-cic, team-north]",
                "south.worker: READ_CHILD_PROTECTION refused: looked-after child; open to [team-cic, team-north]",
                "south.worker: READ_EARLY_HELP refused: looked-after child; open to [team-cic, team-north]",
                "south.worker: READ_LOOKED_AFTER refused: looked-after child; open to [team-cic, team-north]",
                "south.manager: READ_AUDIT refused: looked-after child; open to [team-cic, team-north]",
                "south.manager: CHANGE_IDENTITY refused: looked-after child; open to [team-cic, team-north]");
        assertThat(trail).filteredOn(entry -> entry.get("action").equals("READ_LOOKED_AFTER")).extracting(entry -> entry.get("actor"))
                .containsExactly("cic.worker", "cic.manager", "north.worker", "north.manager", "admin");

        care.ceased(date(6, 30), "E4A");
        consumer.catchUp();
        for (String view : VIEWS) {
            assertThat(status("south.worker", child, view)).as("an ordinary record again " + view).isEqualTo(HttpStatus.OK);
            assertThat(status("cic.worker", child, view)).as(view).isEqualTo(HttpStatus.OK);
        }
        assertThat(status("south.manager", child, "/audit")).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aDirectEntryIsOpenToTheCareTeamAlone() {
        String child = "C8170002";
        LookedAfterJourney.directEntry(feed, child, "LAC-8170002")
                .started(date(3, 2), date(3, 30), "POLICE_PROTECTION", "L1", "N1", FOSTER_CARE);
        consumer.catchUp();

        assertThat(status("north.worker", child, "")).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(status("north.manager", child, "/looked-after")).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(status("cic.worker", child, "")).isEqualTo(HttpStatus.OK);
        assertThat(status("cic.manager", child, "/looked-after")).isEqualTo(HttpStatus.OK);
    }

    /**
     * A team the case is reallocated to joins the teams the record opens to (here a worker of the
     * disability team takes over from the children in care team's), and the child's social worker in
     * the summary is the new one; the care team keeps the record while the child is looked after.
     */
    @Test
    void aTeamTheCaseIsReallocatedToOpensTheRecordFromThenOn() {
        String child = "C8170004";
        LookedAfterJourney.directEntry(feed, child, "LAC-8170004")
                .started(date(3, 2), date(3, 30), "POLICE_PROTECTION", "L1", "N2", FOSTER_CARE);
        consumer.catchUp();
        assertThat(status("disability.worker", child, "")).isEqualTo(HttpStatus.NOT_FOUND);

        CaseAllocationJourney.reallocated(feed, child, "disability.worker", "team-disability", date(3, 9),
                "The child's needs are best met by the disability team.", "cic.worker", "disability.manager");
        consumer.catchUp();

        for (String view : VIEWS) {
            assertThat(status("disability.worker", child, view)).as("the new team " + view).isEqualTo(HttpStatus.OK);
            assertThat(status("cic.worker", child, view)).as("the care team " + view).isEqualTo(HttpStatus.OK);
        }
        assertThat(status("disability.manager", child, "/audit")).isEqualTo(HttpStatus.OK);
        assertThat(status("north.worker", child, "/looked-after")).isEqualTo(HttpStatus.NOT_FOUND);
        Map<String, Object> summary = get("disability.worker", child, "").getBody();
        assertThat((Map<String, Object>) summary.get("allocatedWorker")).containsEntry("worker", "disability.worker")
                .containsEntry("team", "team-disability").containsEntry("since", "2026-03-09");
        assertThat((Map<String, Object>) ((Map<String, Object>) summary.get("lookedAfter")).get("currentPeriod"))
                .as("the looked-after journey names the new worker").containsEntry("socialWorker", "disability.worker")
                .containsEntry("team", "team-cic");
        assertThat(trail("disability.manager", child)).filteredOn(entry -> entry.get("action").equals("READ_DENIED"))
                .extracting(entry -> entry.get("actor") + ": " + entry.get("detail")).containsExactly(
                        "disability.worker: READ_SUMMARY refused: looked-after child; open to [team-cic]",
                        "north.worker: READ_LOOKED_AFTER refused: looked-after child; open to [team-cic, team-disability]");
    }

    /** The history answers an unknown child, and a malformed id, with the service's problems. */
    @Test
    void anUnknownChildsHistoryIsNotFoundAndAMalformedIdIsBadInput() {
        ResponseEntity<Map<String, Object>> unknown = get("cic.worker", "C8179999", "/looked-after");
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(unknown.getBody()).containsEntry("type", "https://caseflow.example/problems/child-not-found")
                .containsEntry("detail", "No child has LA child id C8179999.");

        ResponseEntity<Map<String, Object>> malformed = get("cic.worker", "C" + "1".repeat(20), "/looked-after");
        assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(malformed.getHeaders().getContentType()).hasToString("application/problem+json");
    }

    /** A restriction narrows the record to the allocated team, as ever; the care team keeps it while the child is looked after. */
    @Test
    void aRestrictedLookedAfterChildsRecordOpensToTheAllocatedTeamAndTheCareTeam() {
        String child = "C8170003";
        inCareFromAnAssessment(child, "CON-8170003", "REF-8170003", "LAC-8170003");
        assertThat(restrict("north.manager", child)).isEqualTo(HttpStatus.OK);

        assertThat(status("south.worker", child, "")).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(status("south.worker", child, "/identity")).as("restricted: even the identity").isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(status("north.worker", child, "")).isEqualTo(HttpStatus.OK);
        assertThat(status("cic.worker", child, "")).isEqualTo(HttpStatus.OK);
        assertThat(trail("cic.manager", child)).filteredOn(entry -> entry.get("action").equals("READ_DENIED"))
                .extracting(entry -> entry.get("detail")).containsExactly(
                        "READ_SUMMARY refused: restricted record of a looked-after child; open to [team-cic, team-north]",
                        "READ_IDENTITY refused: restricted record; allocated to [team-north]");
    }

    /** Referred to Team North on 5 January 2026, assessed on 20 February as to be looked after, in care from that day. */
    private LookedAfterJourney inCareFromAnAssessment(String child, String contact, String referral, String period) {
        Journeys frontDoor = Journeys.of(feed, child, contact);
        frontDoor.contactReceived(LocalDateTime.of(2026, 1, 5, 9, 0), date(1, 6), "Mia", "Cross");
        frontDoor.contactDecided("REFERRAL", date(1, 5), date(1, 6));
        frontDoor.referralReceived(referral, date(1, 5), date(3, 9));
        frontDoor.allocated("north.worker", date(1, 6), date(3, 9));
        frontDoor.assessmentCompleted(date(1, 5), date(2, 20), "LOOKED_AFTER", date(3, 9));
        LookedAfterJourney care = LookedAfterJourney.inReferral(feed, child, contact, referral, period);
        care.started(date(2, 20), date(3, 20), "ASSESSMENT", "C2", "N1", FOSTER_CARE);
        consumer.catchUp();
        return care;
    }

    private static LocalDate date(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    private ResponseEntity<Map<String, Object>> get(String user, String child, String view) {
        return identity.as(http, user).exchange("/api/casework/children/" + child + view, HttpMethod.GET, null,
                new ParameterizedTypeReference<>() { });
    }

    private HttpStatusCode status(String user, String child, String view) {
        return identity.as(http, user).getForEntity("/api/casework/children/" + child + view, String.class).getStatusCode();
    }

    private List<Map<String, Object>> trail(String manager, String child) {
        ResponseEntity<List<Map<String, Object>>> trail = identity.as(http, manager).exchange(
                "/api/casework/children/" + child + "/audit", HttpMethod.GET, null, new ParameterizedTypeReference<>() { });
        assertThat(trail.getStatusCode()).isEqualTo(HttpStatus.OK);
        return trail.getBody();
    }

    private HttpStatusCode changeIdentity(String manager, String child) {
        return put(manager, child, "/identity", """
                {"givenName": "Someone", "familyName": "Else", "dateOfBirth": "2016-04-02", "reason": "Renamed"}""");
    }

    private HttpStatusCode restrict(String manager, String child) {
        return put(manager, child, "/restriction", "{\"restricted\": true, \"reason\": \"A staff member's relative\"}");
    }

    private HttpStatusCode put(String user, String child, String path, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return identity.as(http, user).exchange("/api/casework/children/" + child + path, HttpMethod.PUT,
                new HttpEntity<>(json, headers), String.class).getStatusCode();
    }
}
