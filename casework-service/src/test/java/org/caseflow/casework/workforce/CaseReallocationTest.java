package org.caseflow.casework.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caseflow.casework.CaseAllocationJourney;
import org.caseflow.casework.CaseworkIntegrationTest;
import org.caseflow.journey.events.JourneyEvent;
import org.caseflow.journey.events.workforce.CaseReallocated;
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
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A team manager allocating a child's whole case to a worker from a date, as the journey event feed
 * brings it: the summary names the new worker and team, the chronology says so, a restricted record
 * follows the case, a case that has closed does not bring the allocation back, and a replay changes
 * nothing. (The looked-after access rule with a reallocation is in {@code LookedAfterAccessTest}.)
 */
@CaseworkIntegrationTest
class CaseReallocationTest {

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

    @Test
    void aReallocatedCaseIsHeldByTheNewWorkerAndTeamFromItsDateAndTheChronologySaysSo() {
        String child = "C8300001";
        referredAndAllocated(child, "CON-8300001", "REF-8300001");
        consumer.catchUp();
        assertThat(allocatedWorker(child)).as("the assessment's allocation").containsEntry("worker", "north.worker")
                .containsEntry("team", "team-north").containsEntry("episodeId", "REF-8300001");

        JourneyEvent reallocated = CaseAllocationJourney.reallocated(feed, child, "south.worker", "team-south", date(2, 2),
                "Caseload balancing across the assessment teams.", "north.worker", "south.manager");
        consumer.catchUp();

        assertThat(allocatedWorker(child)).isEqualTo(allocation("south.worker", "team-south", "2026-02-02", null));
        Map<String, Object> entry = last(chronology(child));
        assertThat(entry).containsEntry("kind", "CaseReallocated").containsEntry("occurredOn", "2026-02-02")
                .containsEntry("recordedBy", "south.manager").containsEntry("summary",
                        "Case allocated to south.worker (team-south) from 2026-02-02: Caseload balancing across the assessment teams.");
        assertThat(audit(child)).filteredOn(audited -> audited.get("action").equals(CaseReallocated.TYPE))
                .singleElement().satisfies(audited -> assertThat(audited).containsEntry("actor", "south.manager")
                        .containsEntry("correlationId", reallocated.correlationId()));
    }

    @Test
    void aReasonLeftOutEndsTheSentenceAtTheDate() {
        String child = "C8300002";
        referredAndAllocated(child, "CON-8300002", "REF-8300002");
        CaseAllocationJourney.reallocated(feed, child, "north.worker", "team-north", date(2, 2), "", null, "north.manager");
        consumer.catchUp();

        assertThat(last(chronology(child))).containsEntry("summary", "Case allocated to north.worker (team-north) from 2026-02-02.");
    }

    /** An episode's later allocation holds the case over an earlier case allocation; a closed case does not bring one back. */
    @Test
    void whoHoldsTheCaseIsTheLatestAllocationOfTheChildsOpenWork() {
        String child = "C8300003";
        Journeys first = referredAndAllocated(child, "CON-8300003", "REF-8300003");
        CaseAllocationJourney.reallocated(feed, child, "south.worker", "team-south", date(1, 20), "Cover for leave.", "north.worker",
                "south.manager");
        consumer.catchUp();
        assertThat(allocatedWorker(child)).containsEntry("worker", "south.worker");

        first.assessmentCompleted(date(1, 5), date(2, 20), "NO_FURTHER_ACTION", date(3, 9));
        consumer.catchUp();
        assertThat(summary(child)).as("the case closed, and the allocation with it").containsEntry("allocatedWorker", null);

        Journeys second = Journeys.of(feed, child, "CON-8300004");
        second.contactReceived(LocalDateTime.of(2026, 4, 1, 9, 0), date(4, 2), "Ivy", "Stone");
        second.contactDecided("REFERRAL", date(4, 1), date(4, 2));
        second.referralReceived("REF-8300004", date(4, 1), date(6, 3));
        consumer.catchUp();
        assertThat(summary(child)).as("a new referral not yet allocated").containsEntry("allocatedWorker", null);

        second.allocated("north.worker", date(4, 2), date(6, 3));
        CaseAllocationJourney.reallocated(feed, child, "south.worker", "team-south", date(4, 2), "Moved to Team South.",
                "north.worker", "south.manager");
        consumer.catchUp();
        assertThat(allocatedWorker(child)).as("the same day: the one recorded later holds the case")
                .isEqualTo(allocation("south.worker", "team-south", "2026-04-02", null));

        second.allocated("north.worker", date(4, 9), date(6, 3));
        consumer.catchUp();
        assertThat(allocatedWorker(child)).isEqualTo(allocation("north.worker", "team-north", "2026-04-09", "REF-8300004"));
    }

    /**
     * A restricted record opens to the team the child is allocated to: after a reallocation, the new
     * team's, even when made the same day as the allocation it takes over from (the later recorded holds the case).
     */
    @Test
    void aRestrictedRecordFollowsTheCaseToTheTeamItIsReallocatedTo() {
        String child = "C8300005";
        referredAndAllocated(child, "CON-8300005", "REF-8300005");
        consumer.catchUp();
        assertThat(restrict("north.manager", child)).isEqualTo(HttpStatus.OK);
        assertThat(status("south.worker", child)).isEqualTo(HttpStatus.NOT_FOUND);

        CaseAllocationJourney.reallocated(feed, child, "south.worker", "team-south", date(1, 6), "Moved to Team South.",
                "north.worker", "south.manager");
        consumer.catchUp();

        assertThat(status("south.worker", child)).isEqualTo(HttpStatus.OK);
        assertThat(status("south.manager", child)).isEqualTo(HttpStatus.OK);
        assertThat(status("north.worker", child)).as("no longer allocated to Team North").isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(audit(child)).filteredOn(entry -> entry.get("action").equals("READ_DENIED")).extracting(entry -> entry.get("actor")
                + ": " + entry.get("detail")).containsExactly("south.worker: READ_SUMMARY refused: restricted record; allocated to [team-north]",
                "north.worker: READ_SUMMARY refused: restricted record; allocated to [team-south]");
    }

    @Test
    void aReallocationWithNoDateIsSetAsideAndTheFeedMovesOn() {
        consumer.catchUp();
        String child = "C8300006";
        Map<String, Object> data = new HashMap<>(Map.of("caseWorker", "south.worker", "reallocationReason", "No date given."));
        JourneyEvent undated = feed.publish(CaseReallocated.TYPE, child, null, null, null, null, "team-south", "south.manager", data);
        consumer.catchUp();

        assertThat(count("feed_quarantine where event_id = '" + undated.eventId() + "'")).isEqualTo(1);
        assertThat(count("case_allocation where la_child_id = '" + child + "'")).isZero();
        assertThat(count("chronology_entry where event_id = '" + undated.eventId() + "'")).isZero();
        assertThat(jdbc.sql("select position from feed_cursor").query(Long.class).single()).isEqualTo(undated.position());
    }

    @Test
    void replayingReallocationsChangesNothing() {
        String child = "C8300007";
        referredAndAllocated(child, "CON-8300007", "REF-8300007");
        CaseAllocationJourney.reallocated(feed, child, "south.worker", "team-south", date(2, 2), "Cover for leave.", "north.worker",
                "south.manager");
        CaseAllocationJourney.reallocated(feed, child, "north.worker", "team-north", date(3, 2), "Back from leave.", "south.worker",
                "north.manager");
        consumer.catchUp();
        Map<String, Object> summaryBefore = summary(child);
        List<Map<String, Object>> chronologyBefore = chronology(child);
        Map<String, Long> rowsBefore = rowCounts();

        consumer.replayFromTheStart();
        consumer.catchUp();

        assertThat(rowCounts()).as("counted before reading again: each read is audited").isEqualTo(rowsBefore);
        assertThat(summary(child)).isEqualTo(summaryBefore);
        assertThat(allocatedWorker(child)).isEqualTo(allocation("north.worker", "team-north", "2026-03-02", null));
        assertThat(chronology(child)).isEqualTo(chronologyBefore);
    }

    /** Referred to Team North on 5 January 2026 and allocated to north.worker on 6 January. */
    private Journeys referredAndAllocated(String child, String contact, String referral) {
        Journeys frontDoor = Journeys.of(feed, child, contact);
        frontDoor.contactReceived(LocalDateTime.of(2026, 1, 5, 9, 0), date(1, 6), "Ivy", "Stone");
        frontDoor.contactDecided("REFERRAL", date(1, 5), date(1, 6));
        frontDoor.referralReceived(referral, date(1, 5), date(3, 9));
        frontDoor.allocated("north.worker", date(1, 6), date(3, 9));
        return frontDoor;
    }

    private static LocalDate date(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    private static Map<String, Object> allocation(String worker, String team, String since, String episodeId) {
        Map<String, Object> allocation = new HashMap<>();
        allocation.put("worker", worker);
        allocation.put("team", team);
        allocation.put("since", since);
        allocation.put("episodeId", episodeId);
        return allocation;
    }

    /** Read by an administrator, to whom every record is open. */
    private Map<String, Object> summary(String child) {
        return identity.as(http, "admin").getForObject("/api/casework/children/" + child, Map.class);
    }

    private Map<String, Object> allocatedWorker(String child) {
        return (Map<String, Object>) summary(child).get("allocatedWorker");
    }

    private List<Map<String, Object>> chronology(String child) {
        return identity.as(http, "admin").exchange("/api/casework/children/" + child + "/chronology", HttpMethod.GET, null,
                new ParameterizedTypeReference<List<Map<String, Object>>>() { }).getBody();
    }

    private List<Map<String, Object>> audit(String child) {
        return identity.as(http, "admin").exchange("/api/casework/children/" + child + "/audit", HttpMethod.GET, null,
                new ParameterizedTypeReference<List<Map<String, Object>>>() { }).getBody();
    }

    private static Map<String, Object> last(List<Map<String, Object>> entries) {
        return entries.get(entries.size() - 1);
    }

    private HttpStatusCode status(String user, String child) {
        return identity.as(http, user).getForEntity("/api/casework/children/" + child, String.class).getStatusCode();
    }

    private HttpStatusCode restrict(String manager, String child) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return identity.as(http, manager).exchange("/api/casework/children/" + child + "/restriction", HttpMethod.PUT,
                new HttpEntity<>("{\"restricted\": true, \"reason\": \"A staff member's relative\"}", headers), String.class)
                .getStatusCode();
    }

    private long count(String fromWhere) {
        return jdbc.sql("select count(*) from " + fromWhere).query(Long.class).single();
    }

    private Map<String, Long> rowCounts() {
        return List.of("child", "episode", "allocation", "case_allocation", "chronology_entry", "audit_entry", "feed_quarantine")
                .stream().collect(java.util.stream.Collectors.toMap(table -> table, this::count));
    }
}
