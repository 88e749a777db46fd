package org.caseflow.casework.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.caseflow.journey.events.JourneyData.*;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caseflow.casework.CaseworkIntegrationTest;
import org.caseflow.journey.events.JourneyEvent;
import org.caseflow.journey.events.JourneyEventType;
import org.caseflow.support.feed.JourneyFeedConsumer;
import org.caseflow.testsupport.FeedStub;
import org.caseflow.testsupport.Journeys;
import org.caseflow.testsupport.TestIdentity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The case record as the journey event feed builds it, read back through the API. */
@CaseworkIntegrationTest
class CaseRecordTest {

    static final LocalDate REFERRAL = LocalDate.of(2025, 12, 22);
    static final LocalDate ASSESSMENT_DUE = LocalDate.of(2026, 2, 26);

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
    @Autowired
    MeterRegistry registry;

    @Test
    void aReferredChildsChronologyListsWhatHappenedOnTheDaysItHappened() {
        Journeys amy = referredAndAllocated("C2000001", "CON-200001", "REF-200001");
        amy.assessmentCompleted(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 20), "CHILD_IN_NEED_PLAN", ASSESSMENT_DUE);
        consumer.catchUp();

        List<Map<String, Object>> chronology = chronology("C2000001");
        assertThat(chronology).extracting(entry -> entry.get("kind")).containsExactly(
                "ContactReceived", "ContactDecided", "ReferralReceived", "SocialWorkerAllocated", "AssessmentCompleted");
        assertThat(chronology).extracting(entry -> entry.get("occurredOn")).containsExactly(
                "2025-12-19", "2025-12-22", "2025-12-22", "2025-12-23", "2026-02-20");
        assertThat((String) chronology.get(4).get("summary")).contains("Within 45 working days", "child in need plan");

        Map<String, Object> summary = summary("C2000001");
        assertThat(summary).containsEntry("givenName", "Amy").containsEntry("status", "OPEN_CHILD_IN_NEED")
                .containsEntry("openAssessment", null);
        assertThat((Map<String, Object>) summary.get("allocatedWorker")).containsEntry("worker", "north.worker")
                .containsEntry("since", "2025-12-23");
    }

    @Test
    void anOpenAssessmentShowsWhenItIsDue() {
        referredAndAllocated("C2000002", "CON-200002", "REF-200002");
        consumer.catchUp();

        assertThat((Map<String, Object>) summary("C2000002").get("openAssessment"))
                .containsEntry("referralId", "REF-200002").containsEntry("dueOn", "2026-02-26");
    }

    @Test
    void noFurtherActionClosesTheEpisodeAndEndsTheAllocation() {
        Journeys child = referredAndAllocated("C2000003", "CON-200003", "REF-200003");
        child.assessmentCompleted(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 30), "NO_FURTHER_ACTION", ASSESSMENT_DUE);
        consumer.catchUp();

        Map<String, Object> summary = summary("C2000003");
        assertThat(summary).containsEntry("status", "CLOSED").containsEntry("allocatedWorker", null);
        assertThat((List<?>) summary.get("openEpisodes")).isEmpty();
    }

    @Test
    void earlyHelpAtTheFrontDoorOpensAnEarlyHelpEpisode() {
        Journeys child = Journeys.of(feed, "C2000004", "CON-200004");
        child.contactReceived(LocalDateTime.of(2025, 12, 19, 10, 30), LocalDate.of(2025, 12, 22), "Ben", "Smith");
        child.contactDecided("EARLY_HELP", LocalDate.of(2025, 12, 22), LocalDate.of(2025, 12, 22));
        consumer.catchUp();

        Map<String, Object> summary = summary("C2000004");
        assertThat(summary).containsEntry("status", "OPEN_EARLY_HELP");
        assertThat((List<Map<String, Object>>) summary.get("openEpisodes")).singleElement()
                .satisfies(episode -> assertThat(episode).containsEntry("kind", "EARLY_HELP").containsEntry("startedOn", "2025-12-22"));
    }

    @Test
    void aKnownChildIsMatchedOnTheirIdNotDuplicated() {
        Journeys first = Journeys.of(feed, "C2000005", "CON-200005");
        first.contactReceived(LocalDateTime.of(2025, 9, 1, 9, 0), LocalDate.of(2025, 9, 2), "Cara", "Lee");
        Journeys second = Journeys.of(feed, "C2000005", "CON-200006");
        second.contactReceived(LocalDateTime.of(2025, 12, 1, 9, 0), LocalDate.of(2025, 12, 2), "Cara", "Lee-Jones");
        consumer.catchUp();

        assertThat(count("child where la_child_id = 'C2000005'")).isEqualTo(1);
        assertThat(count("contact where la_child_id = 'C2000005'")).isEqualTo(2);
        assertThat(summary("C2000005")).containsEntry("familyName", "Lee").containsEntry("status", "CONTACT_AWAITING_DECISION");
    }

    /**
     * Anyone who records a contact may name any LA child id, even one whose record is restricted
     * from them: what the contact says about who the child is must not rewrite the record.
     */
    @Test
    void aLaterContactNeverRewritesAKnownChildsIdentity() {
        contactNaming("C2000010", "CON-200011", Map.of(CHILD_GIVEN_NAME, "Ivy", CHILD_FAMILY_NAME, "Hart",
                CHILD_DATE_OF_BIRTH, "2017-06-05"));
        contactNaming("C2000010", "CON-200012", Map.of(CHILD_GIVEN_NAME, "Someone", CHILD_FAMILY_NAME, "Else",
                CHILD_DATE_OF_BIRTH, "2010-01-01", CHILD_EXPECTED_DATE_OF_BIRTH, "2026-01-01"));
        consumer.catchUp();

        assertThat(summary("C2000010")).containsEntry("givenName", "Ivy").containsEntry("familyName", "Hart")
                .containsEntry("dateOfBirth", "2017-06-05").containsEntry("expectedDateOfBirth", null);
        assertThat(count("contact where la_child_id = 'C2000010'")).as("the contact itself is kept").isEqualTo(2);
    }

    @Test
    void aContactFillsInOnlyWhatTheRecordDoesNotHaveYet() {
        contactNaming("C2000011", "CON-200013", Map.of(CHILD_GIVEN_NAME, "Baby", CHILD_FAMILY_NAME, "Moss",
                CHILD_EXPECTED_DATE_OF_BIRTH, "2025-11-20"));
        contactNaming("C2000011", "CON-200014", Map.of(CHILD_GIVEN_NAME, "Rosa", CHILD_FAMILY_NAME, "Moss-Hill",
                CHILD_DATE_OF_BIRTH, "2025-11-18", CHILD_EXPECTED_DATE_OF_BIRTH, "2025-12-01"));
        consumer.catchUp();

        assertThat(summary("C2000011")).containsEntry("givenName", "Baby").containsEntry("familyName", "Moss")
                .containsEntry("expectedDateOfBirth", "2025-11-20")
                .as("born since the first contact: the record had no date of birth").containsEntry("dateOfBirth", "2025-11-18");
    }

    @Test
    void aFiredTimerSaysNothingWasRecordedInTimeWhichALaterBackDatedRecordDoesNotContradict() {
        Journeys child = referredAndAllocated("C2000009", "CON-200010", "REF-200009");
        child.assessmentOverdue(ASSESSMENT_DUE);
        child.assessmentCompleted(LocalDate.of(2026, 1, 5), ASSESSMENT_DUE, "NO_FURTHER_ACTION", ASSESSMENT_DUE);
        consumer.catchUp();

        List<Map<String, Object>> chronology = chronology("C2000009");
        assertThat((String) chronology.get(4).get("summary"))
                .isEqualTo("No authorised child and family assessment for referral REF-200009 had been recorded by the end"
                        + " of its due day (2026-02-26, 45 working days); escalated to the team managers.");
        assertThat((String) chronology.get(5).get("summary")).contains("Within 45 working days");
    }

    @Test
    void replayingTheWholeFeedTwiceRecordsEachThingOnce() {
        Journeys child = referredAndAllocated("C2000006", "CON-200007", "REF-200006");
        child.assessmentOverdue(ASSESSMENT_DUE);
        child.assessmentCompleted(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 2), "STEP_DOWN_TO_EARLY_HELP", ASSESSMENT_DUE);
        consumer.catchUp();
        Map<String, Long> before = rowCounts();

        consumer.replayFromTheStart();
        consumer.catchUp();
        consumer.replayFromTheStart();
        consumer.catchUp();

        assertThat(rowCounts()).isEqualTo(before);
        assertThat(chronology("C2000006")).hasSize(6);
    }

    @Test
    void anEventThatCannotBeAppliedIsSetAsideAndTheRestOfTheFeedFlows() {
        consumer.catchUp();
        Journeys child = Journeys.of(feed, "C2000007", "CON-200008");
        child.contactReceived(LocalDateTime.of(2025, 12, 19, 10, 30), LocalDate.of(2025, 12, 22), "Dan", "Ward");
        JourneyEvent poisoned = child.contactDecided("NOT_AN_OUTCOME", LocalDate.of(2025, 12, 22), LocalDate.of(2025, 12, 22));
        Journeys next = Journeys.of(feed, "C2000019", "CON-200019");
        JourneyEvent after = next.contactReceived(LocalDateTime.of(2025, 12, 19, 11, 0), LocalDate.of(2025, 12, 22), "Fay", "Lake");

        consumer.catchUp();

        assertThat(count("contact where la_child_id = 'C2000007' and outcome is null")).as("received, the decision set aside").isEqualTo(1);
        assertThat(count("chronology_entry where event_id = '" + poisoned.eventId() + "'")).isZero();
        assertThat(count("audit_entry where event_id = '" + poisoned.eventId() + "'")).isZero();
        assertThat(count("feed_quarantine where event_id = '" + poisoned.eventId() + "'")).isEqualTo(1);
        assertThat(count("contact where la_child_id = 'C2000019'")).as("the feed flows past it").isEqualTo(1);
        assertThat(jdbc.sql("select position from feed_cursor").query(Long.class).single()).isEqualTo(after.position());
    }

    @Test
    void theLagMetricShowsWhenTheServiceLastKeptUpWithTheFeedEvenPastAnEventSetAside() throws InterruptedException {
        consumer.catchUp();
        double caughtUp = caughtUpAt();
        assertThat(caughtUp).isCloseTo(System.currentTimeMillis() / 1000.0, offset(60.0));
        Thread.sleep(1100);

        Journeys child = Journeys.of(feed, "C2000008", "CON-200009");
        child.contactReceived(LocalDateTime.of(2025, 12, 19, 10, 30), LocalDate.of(2025, 12, 22), "Eve", "Stone");
        child.contactDecided("NOT_AN_OUTCOME", LocalDate.of(2025, 12, 22), LocalDate.of(2025, 12, 22));
        consumer.catchUp();

        assertThat(caughtUpAt()).as("read to the end: an event set aside does not hold the service back").isGreaterThan(caughtUp);
    }

    /** A contact received on 1 December 2025 that says about the child exactly {@code child}. */
    private void contactNaming(String laChildId, String contactId, Map<String, Object> child) {
        Map<String, Object> data = new HashMap<>(child);
        data.put(CONTACT_SOURCE, "SCHOOL");
        data.put(CONTACT_RECEIVED_AT, "2025-12-01T09:00");
        data.put(CONTACT_REASON, "Concerns raised by the class teacher.");
        feed.publish(JourneyEventType.CONTACT_RECEIVED, laChildId, contactId, null, LocalDate.of(2025, 12, 1),
                LocalDate.of(2025, 12, 2), "front-door", "frontdoor.worker", data);
    }

    private double caughtUpAt() {
        return registry.get("caseflow.feed.caught.up").gauge().value();
    }

    private Journeys referredAndAllocated(String laChildId, String contactId, String referralId) {
        Journeys child = Journeys.of(feed, laChildId, contactId);
        child.contactReceived(LocalDateTime.of(2025, 12, 19, 10, 30), LocalDate.of(2025, 12, 22), "Amy", "Jones");
        child.contactDecided("REFERRAL", REFERRAL, LocalDate.of(2025, 12, 22));
        child.referralReceived(referralId, REFERRAL, ASSESSMENT_DUE);
        child.allocated("north.worker", LocalDate.of(2025, 12, 23), ASSESSMENT_DUE);
        return child;
    }

    private Map<String, Object> summary(String laChildId) {
        return identity.as(http, "north.worker").getForObject("/api/casework/children/" + laChildId, Map.class);
    }

    private List<Map<String, Object>> chronology(String laChildId) {
        return identity.as(http, "north.worker").exchange("/api/casework/children/" + laChildId + "/chronology",
                HttpMethod.GET, null, new ParameterizedTypeReference<List<Map<String, Object>>>() { }).getBody();
    }

    private long count(String fromWhere) {
        return jdbc.sql("select count(*) from " + fromWhere).query(Long.class).single();
    }

    private Map<String, Long> rowCounts() {
        return Map.of("child", count("child"), "contact", count("contact"), "episode", count("episode"),
                "assessment", count("assessment"), "allocation", count("allocation"), "chronology", count("chronology_entry"));
    }
}
