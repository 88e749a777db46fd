package org.caseflow.casework.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.caseflow.journey.events.JourneyData.CHILD_DATE_OF_BIRTH;
import static org.caseflow.journey.events.JourneyData.CHILD_EXPECTED_DATE_OF_BIRTH;
import static org.caseflow.journey.events.JourneyData.CHILD_FAMILY_NAME;
import static org.caseflow.journey.events.JourneyData.CHILD_GIVEN_NAME;
import static org.caseflow.journey.events.escalation.EscalationData.ESCALATION;
import static org.caseflow.journey.events.escalation.EscalationData.MANAGER_ACTION;
import static org.caseflow.journey.events.escalation.EscalationData.TIMESCALE;
import static org.caseflow.journey.events.frontdoor.FrontDoorData.CONTACT_REASON;
import static org.caseflow.journey.events.frontdoor.FrontDoorData.CONTACT_RECEIVED_AT;
import static org.caseflow.journey.events.frontdoor.FrontDoorData.CONTACT_SOURCE;
import static org.caseflow.journey.events.workforce.WorkforceData.CASE_WORKER;
import static org.caseflow.journey.events.workforce.WorkforceData.REALLOCATION_REASON;
import static org.caseflow.journey.events.workforce.WorkforceData.SUPERVISED_WORKER;
import static org.caseflow.journey.events.workforce.WorkforceData.SUPERVISION_DATE;
import static org.caseflow.journey.events.workforce.WorkforceData.SUPERVISION_TIMESCALE;
import static org.caseflow.journey.events.workforce.WorkforceData.SUPERVISOR;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.caseflow.casework.CaseworkIntegrationTest;
import org.caseflow.casework.EarlyHelpJourney;
import org.caseflow.journey.events.JourneyEvent;
import org.caseflow.journey.events.frontdoor.ContactReceived;
import org.caseflow.journey.events.workforce.CaseReallocated;
import org.caseflow.journey.events.workforce.SupervisionDue;
import org.caseflow.journey.events.workforce.SupervisionHeld;
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

    /**
     * The front door's decision starts the Early Help journey; the episode is opened by that
     * journey's own event, with its own id and team, not made up from the decision.
     */
    @Test
    void earlyHelpAtTheFrontDoorOpensAnEarlyHelpEpisodeWhenItsJourneyStarts() {
        Journeys child = Journeys.of(feed, "C2000004", "CON-200004");
        child.contactReceived(LocalDateTime.of(2025, 12, 19, 10, 30), LocalDate.of(2025, 12, 22), "Ben", "Smith");
        child.contactDecided("EARLY_HELP", LocalDate.of(2025, 12, 22), LocalDate.of(2025, 12, 22));
        consumer.catchUp();
        assertThat(summary("C2000004")).as("decided, but no Early Help episode has started yet").containsEntry("status", "CLOSED")
                .containsEntry("currentLevel", "NONE").containsEntry("openEpisodes", List.of());

        EarlyHelpJourney.of(feed, "C2000004", "CON-200004", "EH-200004")
                .startedAtTheFrontDoor(LocalDate.of(2025, 12, 22), LocalDate.of(2026, 2, 6));
        consumer.catchUp();

        Map<String, Object> summary = summary("C2000004");
        assertThat(summary).containsEntry("status", "OPEN_EARLY_HELP").containsEntry("currentLevel", "EARLY_HELP");
        assertThat((List<Map<String, Object>>) summary.get("openEpisodes")).singleElement()
                .satisfies(episode -> assertThat(episode).containsEntry("episodeId", "EH-200004").containsEntry("kind", "EARLY_HELP")
                        .containsEntry("startedOn", "2025-12-22").containsEntry("team", "early-help")
                        .containsEntry("stage", "EARLY_HELP"));
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

    /**
     * The timer knows only that nothing had been recorded by the end of the due day; the assessment
     * then recorded with an earlier business date was in time, and the chronology says both without
     * contradicting either, each on its own day.
     */
    @Test
    void aFiredTimerSaysNothingWasRecordedByTheDueDayAndABackDatedRecordSaysItWasInTime() {
        Journeys child = referredAndAllocated("C2000009", "CON-200010", "REF-200009");
        child.assessmentOverdue(ASSESSMENT_DUE);
        escalation("OverdueAssessmentReviewed", "C2000009", "CON-200010", "REF-200009", LocalDate.of(2026, 3, 2), ASSESSMENT_DUE,
                "REVIEWED", "T3", "team-north-managers", "north.manager",
                Map.of(MANAGER_ACTION, "Asked the worker to record the assessment authorised last week."));
        child.assessmentCompleted(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 20), "CHILD_IN_NEED_PLAN", ASSESSMENT_DUE);
        recordedInTime("C2000009", "CON-200010", "REF-200009", LocalDate.of(2026, 2, 20));
        consumer.catchUp();

        List<Map<String, Object>> chronology = chronology("C2000009");
        assertThat(chronology).extracting(entry -> entry.get("kind")).as("by business date, then in the journey's order")
                .containsSubsequence("AssessmentCompleted", "RecordedInTime", "AssessmentOverdue", "OverdueAssessmentReviewed");
        Map<String, String> said = summariesByKind(chronology);
        assertThat(said.get("AssessmentOverdue")).isEqualTo("Nothing had been recorded for referral REF-200009 by the end of"
                + " its due day, 2026-02-26, under timescale T3 (45 working days): complete and authorise the assessment within"
                + " 45 working days of the referral. Escalated to the team-north managers.");
        assertThat(said.get("RecordedInTime")).isEqualTo("The work for referral REF-200009 was recorded as done on 2026-02-20,"
                + " within timescale T3 (45 working days): complete and authorise the assessment within 45 working days of the"
                + " referral (due 2026-02-26). The escalation was closed.");
        assertThat(said.get("OverdueAssessmentReviewed")).isEqualTo("A manager reviewed the escalation for referral REF-200009"
                + " under timescale T3 (45 working days, due 2026-02-26): Asked the worker to record the assessment authorised last week.");
        assertThat(said.get("AssessmentCompleted")).contains("Within 45 working days");
    }

    @Test
    void aContactDecisionNotRecordedByItsDueDayIsEscalatedToTheFrontDoorManagers() {
        Journeys child = Journeys.of(feed, "C2000013", "CON-200016");
        child.contactReceived(LocalDateTime.of(2025, 12, 19, 10, 30), LocalDate.of(2025, 12, 22), "Gus", "Hale");
        breach("ContactDecisionOverdue", "C2000013", "CON-200016", null, LocalDate.of(2025, 12, 22), "T1", "front-door");
        consumer.catchUp();

        assertThat(summariesByKind(chronology("C2000013")).get("ContactDecisionOverdue")).isEqualTo(
                "Nothing had been recorded for contact CON-200016 by the end of its due day, 2025-12-22, under timescale T1"
                        + " (1 working day): decide the next step on a referral or contact, and tell the referrer, within 1 working"
                        + " day of receiving it. Escalated to the front-door managers.");
    }

    /** Escalations are recognised by their data, so a stage added to the journey needs no escalation code here. */
    @Test
    void anEscalationOfAnEventTypeThisServiceHasNeverHeardOfIsInTheChronologyAndTheAuditTrail() {
        referredAndAllocated("C2000012", "CON-200015", "REF-200012");
        JourneyEvent corePlan = breach("CorePlanOverdue", "C2000012", "CON-200015", "REF-200012", LocalDate.of(2026, 3, 13), "T5",
                "team-north");
        consumer.catchUp();

        Map<String, Object> entry = chronology("C2000012").get(4);
        assertThat(entry).containsEntry("kind", "CorePlanOverdue").containsEntry("occurredOn", "2026-03-13")
                .containsEntry("recordedBy", null);
        assertThat((String) entry.get("summary")).isEqualTo("Nothing had been recorded for referral REF-200012 by the end of its"
                + " due day, 2026-03-13, under timescale T5 (10 working days): hold the first core group meeting within 10 working"
                + " days of the initial child protection conference. Escalated to the team-north managers.");
        assertThat(jdbc.sql("select actor || ' ' || action from audit_entry where event_id = :id").param("id", corePlan.eventId())
                .query(String.class).single()).isEqualTo("system CorePlanOverdue");
    }

    /** Worded wrongly, an escalation would mislead whoever reads the chronology; set aside, it is alerted on and fixed. */
    @Test
    void anEscalationUnderATimescaleThisServiceDoesNotKnowIsSetAside() {
        consumer.catchUp();
        JourneyEvent unknown = breach("SupervisionOverdue", "C2000014", "CON-200017", "REF-200014", LocalDate.of(2026, 1, 5),
                "T99", "team-north");
        consumer.catchUp();

        assertThat(count("feed_quarantine where event_id = '" + unknown.eventId() + "'")).isEqualTo(1);
        assertThat(count("chronology_entry where event_id = '" + unknown.eventId() + "'")).isZero();
    }

    @Test
    void anEventTypeNoFeatureAppliesIsPassedOverWithoutTrace() {
        consumer.catchUp();
        JourneyEvent unknown = feed.publish("VisitRecorded", "C2000015", "CON-200018", null, LocalDate.of(2026, 1, 5), null,
                "team-north", "north.worker", Map.of("visitDate", "2026-01-05"));
        consumer.catchUp();

        assertThat(count("child where la_child_id = 'C2000015'")).isZero();
        assertThat(count("audit_entry where event_id = '" + unknown.eventId() + "'")).isZero();
        assertThat(count("feed_quarantine where event_id = '" + unknown.eventId() + "'")).isZero();
        assertThat(jdbc.sql("select position from feed_cursor").query(Long.class).single()).isEqualTo(unknown.position());
    }

    /**
     * A worker's supervision is about no child ({@code laChildId} is null), nor may any other event
     * that names none be part of a case record: each is passed over without trace, not set aside,
     * and the cursor moves past them to the child's event after them.
     */
    @Test
    void eventsThatNameNoChildSuchAsSupervisionArePassedOverAndTheCursorMovesOn() {
        consumer.catchUp();
        Map<String, Long> before = rowCounts();
        long quarantinedBefore = count("feed_quarantine");
        List<JourneyEvent> aboutNoChild = List.of(
                feed.publish(SupervisionDue.TYPE, null, null, null, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 2), "team-north",
                        null, Map.of(SUPERVISED_WORKER, "north.worker", SUPERVISION_TIMESCALE, "T22")),
                feed.publish(SupervisionHeld.TYPE, null, null, null, LocalDate.of(2026, 1, 30), LocalDate.of(2026, 2, 2), "team-north",
                        "north.manager", Map.of(SUPERVISED_WORKER, "north.worker", SUPERVISOR, "north.manager",
                                SUPERVISION_DATE, "2026-01-30", SUPERVISION_TIMESCALE, "T22")),
                feed.publish(SupervisionDue.TYPE, "", null, null, LocalDate.of(2026, 1, 30), LocalDate.of(2026, 2, 27), "team-north",
                        null, Map.of(SUPERVISED_WORKER, "north.worker", SUPERVISION_TIMESCALE, "T22")),
                // types the record does apply, had they named a child
                feed.publish(CaseReallocated.TYPE, null, null, null, LocalDate.of(2026, 1, 30), null, "team-north", "north.manager",
                        Map.of(CASE_WORKER, "north.worker", REALLOCATION_REASON, "No child named.")),
                feed.publish(CaseReallocated.TYPE, " ", null, null, LocalDate.of(2026, 1, 30), null, "team-north", "north.manager",
                        Map.of(CASE_WORKER, "north.worker", REALLOCATION_REASON, "No child named.")),
                feed.publish("SupervisionOverdue", null, null, null, LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 2), "team-north",
                        null, Map.of(ESCALATION, "BREACHED", TIMESCALE, "T22", SUPERVISED_WORKER, "north.worker")));
        Journeys child = Journeys.of(feed, "C2000021", "CON-200021");
        JourneyEvent after = child.contactReceived(LocalDateTime.of(2026, 1, 30, 11, 0), LocalDate.of(2026, 2, 2), "Gus", "Reed");

        consumer.catchUp();

        for (JourneyEvent event : aboutNoChild) {
            assertThat(count("feed_quarantine where event_id = '" + event.eventId() + "'")).as(event.type()).isZero();
            assertThat(count("chronology_entry where event_id = '" + event.eventId() + "'")).as(event.type()).isZero();
            assertThat(count("audit_entry where event_id = '" + event.eventId() + "'")).as(event.type()).isZero();
        }
        assertThat(count("feed_quarantine")).isEqualTo(quarantinedBefore);
        assertThat(count("child")).as("no child made up, only the one the contact names").isEqualTo(before.get("child") + 1);
        assertThat(count("chronology_entry where la_child_id = 'C2000021'")).as("the feed flows past them").isEqualTo(1);
        assertThat(jdbc.sql("select position from feed_cursor").query(Long.class).single()).isEqualTo(after.position());
    }

    @Test
    void replayingTheWholeFeedTwiceRecordsEachThingOnce() {
        Journeys child = referredAndAllocated("C2000006", "CON-200007", "REF-200006");
        child.assessmentOverdue(ASSESSMENT_DUE);
        child.assessmentCompleted(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 2), "STEP_DOWN_TO_EARLY_HELP", ASSESSMENT_DUE);
        EarlyHelpJourney.of(feed, "C2000006", "CON-200007", "EH-200006")
                .steppedDown("ASSESSMENT_STEP_DOWN", "REF-200006", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 9));
        Journeys inTime = referredAndAllocated("C2000016", "CON-200020", "REF-200016");
        inTime.assessmentOverdue(ASSESSMENT_DUE);
        inTime.assessmentCompleted(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 25), "CHILD_IN_NEED_PLAN", ASSESSMENT_DUE);
        recordedInTime("C2000016", "CON-200020", "REF-200016", LocalDate.of(2026, 2, 25));
        breach("CorePlanOverdue", "C2000016", "CON-200020", "REF-200016", LocalDate.of(2026, 3, 13), "T5", "team-north");
        consumer.catchUp();
        Map<String, Long> before = rowCounts();

        consumer.replayFromTheStart();
        consumer.catchUp();
        consumer.replayFromTheStart();
        consumer.catchUp();

        assertThat(rowCounts()).isEqualTo(before);
        assertThat(chronology("C2000006")).hasSize(7);
        assertThat((List<Map<String, Object>>) summary("C2000006").get("openEpisodes")).extracting(episode -> episode.get("episodeId"))
                .as("the referral closed by the step-down, the Early Help episode its own event opened").containsExactly("EH-200006");
        assertThat(chronology("C2000016")).extracting(entry -> entry.get("kind")).containsExactly("ContactReceived",
                "ContactDecided", "ReferralReceived", "SocialWorkerAllocated", "AssessmentCompleted", "RecordedInTime",
                "AssessmentOverdue", "CorePlanOverdue");
    }

    /** Reading the first allocation again must not end the second, which replaced it. */
    @Test
    void replayingAnEpisodesAllocationsKeepsTheLatestAsTheCurrentOne() {
        Journeys child = referredAndAllocated("C2000022", "CON-200022", "REF-200022");
        child.allocated("south.worker", LocalDate.of(2026, 1, 12), ASSESSMENT_DUE);
        consumer.catchUp();
        Map<String, Object> before = (Map<String, Object>) summary("C2000022").get("allocatedWorker");
        assertThat(before).containsEntry("worker", "south.worker").containsEntry("since", "2026-01-12");

        consumer.replayFromTheStart();
        consumer.catchUp();

        assertThat((Map<String, Object>) summary("C2000022").get("allocatedWorker")).isEqualTo(before);
        assertThat(count("allocation where la_child_id = 'C2000022' and ended_on is null")).isEqualTo(1);
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
        feed.publish(ContactReceived.TYPE, laChildId, contactId, null, LocalDate.of(2025, 12, 1),
                LocalDate.of(2025, 12, 2), "front-door", "frontdoor.worker", data);
    }

    /** A timer's breach: it fires on the due day itself. */
    private JourneyEvent breach(String type, String laChildId, String contactId, String referralId, LocalDate dueOn,
            String timescale, String team) {
        return escalation(type, laChildId, contactId, referralId, dueOn, dueOn, "BREACHED", timescale, team, null, Map.of());
    }

    /** The assessment recorded with a business date on or before its due date, closing its escalation. */
    private JourneyEvent recordedInTime(String laChildId, String contactId, String referralId, LocalDate doneOn) {
        return escalation("RecordedInTime", laChildId, contactId, referralId, doneOn, ASSESSMENT_DUE, "RECORDED_IN_TIME", "T3",
                "team-north", "north.worker", Map.of());
    }

    /** An event that is part of an escalation, of whatever type, as workflow-service publishes every one. */
    private JourneyEvent escalation(String type, String laChildId, String contactId, String referralId, LocalDate occurredOn,
            LocalDate dueOn, String kind, String timescale, String team, String worker, Map<String, Object> more) {
        Map<String, Object> data = new HashMap<>(more);
        data.put(ESCALATION, kind);
        data.put(TIMESCALE, timescale);
        return feed.publish(type, laChildId, contactId, referralId, occurredOn, dueOn, team, worker, data);
    }

    private static Map<String, String> summariesByKind(List<Map<String, Object>> chronology) {
        return chronology.stream().collect(Collectors.toMap(entry -> (String) entry.get("kind"), entry -> (String) entry.get("summary")));
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
                "assessment", count("assessment"), "allocation", count("allocation"), "chronology", count("chronology_entry"),
                "audit", count("audit_entry"));
    }
}
