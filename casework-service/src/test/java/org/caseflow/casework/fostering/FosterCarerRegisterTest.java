package org.caseflow.casework.fostering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.casework.fostering.FosterCarerJourney.DBS_RULE;
import static org.caseflow.casework.fostering.FosterCarerJourney.VISIT_RULE;
import static org.caseflow.journey.events.escalation.EscalationData.ESCALATION;
import static org.caseflow.journey.events.escalation.EscalationData.TIMESCALE;
import static org.caseflow.journey.events.workforce.WorkforceData.SUPERVISED_WORKER;
import static org.caseflow.journey.events.workforce.WorkforceData.SUPERVISION_TIMESCALE;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.caseflow.casework.CaseworkIntegrationTest;
import org.caseflow.journey.events.BusinessDates;
import org.caseflow.journey.events.JourneyEvent;
import org.caseflow.journey.events.fostering.CarerType;
import org.caseflow.journey.events.fostering.DeregistrationReason;
import org.caseflow.journey.events.workforce.SupervisionDue;
import org.caseflow.support.feed.JourneyFeedConsumer;
import org.caseflow.testsupport.FeedStub;
import org.caseflow.testsupport.TestIdentity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The foster carer register as the foster-carer journey's events build it, read back through the API
 * as the fostering team reads it. Dates are counted back from today, as the register judges DBS checks
 * and visits on today's date; each test keeps a day or more from every boundary it does not test.
 */
@CaseworkIntegrationTest
class FosterCarerRegisterTest {

    static final LocalDate TODAY = LocalDate.now(BusinessDates.LONDON);

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
    void approvalChecksAndVisitsBuildTheHouseholdAndItsHistory() {
        LocalDate approvedOn = daysAgo(60);
        LocalDate checkedAtApproval = daysAgo(400);
        FosterCarerJourney okafor = FosterCarerJourney.of(feed, "FC-T001", CarerType.IN_HOUSE, "fostering.worker")
                .approved("The Okafor household", approvedOn, checkedAtApproval, checkedAtApproval.plusYears(3), approvedOn.plusWeeks(6));
        okafor.visitMade(daysAgo(20), approvedOn.plusWeeks(6), daysAgo(20).plusWeeks(6));
        okafor.dbsChecked(daysAgo(10), checkedAtApproval.plusYears(3), daysAgo(10).plusYears(3));
        consumer.catchUp();

        Map<String, Object> household = household("fostering.worker", "FC-T001");
        assertThat(household).containsEntry("asOf", TODAY.toString()).containsEntry("openEscalations", List.of());
        Map<String, Object> carer = map(household.get("carer"));
        assertThat(carer).containsEntry("carerId", "FC-T001").containsEntry("householdName", "The Okafor household")
                .containsEntry("type", Map.of("code", "IN_HOUSE", "words", "in-house foster carer"))
                .containsEntry("approvedOn", approvedOn.toString()).containsEntry("approvedBy", "fostering.manager")
                .containsEntry("supervisingWorker", "fostering.worker").containsEntry("status", "approved")
                .containsEntry("deregistration", null);
        assertThat(map(carer.get("dbs"))).isEqualTo(Map.of("lastCheckedOn", daysAgo(10).toString(),
                "renewalDueOn", daysAgo(10).plusYears(3).toString(), "recorded", true, "inDate", true));
        assertThat(map(carer.get("supervisionVisits"))).isEqualTo(Map.of("lastVisitOn", daysAgo(20).toString(),
                "nextDueOn", daysAgo(20).plusWeeks(6).toString(), "overdue", false));

        List<Map<String, Object>> history = list(household.get("history"));
        assertThat(history).extracting(entry -> entry.get("on") + " " + entry.get("kind") + " " + entry.get("by") + ": "
                + entry.get("summary")).containsExactly(
                checkedAtApproval + " DBS_CHECK fostering.manager: DBS check, recorded at approval.",
                approvedOn + " APPROVED fostering.manager: Approved as an in-house foster carer by fostering.manager.",
                daysAgo(20) + " SUPERVISION_VISIT fostering.worker: Supervisory visit by fostering.worker, due by "
                        + approvedOn.plusWeeks(6) + ": in time.",
                daysAgo(10) + " DBS_CHECK fostering.worker: DBS check, due by " + checkedAtApproval.plusYears(3)
                        + ": in time. Renewal due by " + daysAgo(10).plusYears(3) + ".");
        assertThat(history.get(2)).containsEntry("dueOn", approvedOn.plusWeeks(6).toString()).containsEntry("inTime", true);

        assertThat(register("fostering.worker", "")).as("the register lists the household as its own page shows it")
                .filteredOn(listed -> "FC-T001".equals(listed.get("carerId"))).containsExactly(carer);
    }

    @Test
    void aDeregisteredHouseholdSaysWhenAndWhyAndItsClocksStop() {
        FosterCarerJourney nowak = FosterCarerJourney.of(feed, "FC-T002", CarerType.KINSHIP, "kinship.worker")
                .approved("The Nowak household", daysAgo(200), daysAgo(210), daysAgo(210).plusYears(3), daysAgo(200).plusWeeks(6));
        nowak.deregistered(daysAgo(5), DeregistrationReason.RESIGNED);
        consumer.catchUp();

        Map<String, Object> household = household("fostering.manager", "FC-T002");
        Map<String, Object> carer = map(household.get("carer"));
        assertThat(carer).containsEntry("status", "deregistered")
                .containsEntry("type", Map.of("code", "KINSHIP", "words", "kinship (connected person) carer"))
                .containsEntry("deregistration", Map.of("deregisteredOn", daysAgo(5).toString(),
                        "reason", Map.of("code", "RESIGNED", "words", "the carer resigned"), "recordedBy", "fostering.manager"));
        Map<String, Object> dbs = new HashMap<>();
        dbs.put("lastCheckedOn", daysAgo(210).toString());
        dbs.put("renewalDueOn", null);
        dbs.put("recorded", true);
        dbs.put("inDate", null);
        assertThat(map(carer.get("dbs"))).as("no longer approved: nothing is due").isEqualTo(dbs);
        Map<String, Object> visits = new HashMap<>();
        visits.put("lastVisitOn", null);
        visits.put("nextDueOn", null);
        visits.put("overdue", null);
        assertThat(map(carer.get("supervisionVisits"))).as("the first visit was overdue, but the clock stopped").isEqualTo(visits);
        assertThat(list(household.get("history"))).last().satisfies(last -> assertThat(last)
                .containsEntry("on", daysAgo(5).toString()).containsEntry("kind", "DEREGISTERED")
                .containsEntry("summary", "Deregistered: the carer resigned."));
    }

    @Test
    void theRegisterIsFilteredByTypeAndStatus() {
        FosterCarerJourney.of(feed, "FC-T003", CarerType.KINSHIP, "kinship.worker")
                .approved("The Clarke household", daysAgo(30), daysAgo(40), daysAgo(40).plusYears(3), daysAgo(30).plusWeeks(6))
                .deregistered(daysAgo(2), DeregistrationReason.CHILD_LEFT_THEIR_CARE);
        FosterCarerJourney.of(feed, "FC-T004", CarerType.KINSHIP, "kinship.worker")
                .approved("The Walker household", daysAgo(30), daysAgo(40), daysAgo(40).plusYears(3), daysAgo(30).plusWeeks(6));
        FosterCarerJourney.of(feed, "FC-T005", CarerType.IN_HOUSE, "fostering.worker")
                .approved("The Reid household", daysAgo(30), daysAgo(40), daysAgo(40).plusYears(3), daysAgo(30).plusWeeks(6));
        consumer.catchUp();
        List<String> these = List.of("FC-T003", "FC-T004", "FC-T005");

        assertThat(idsAmong(these, "")).containsExactly("FC-T003", "FC-T004", "FC-T005");
        assertThat(idsAmong(these, "?type=KINSHIP")).containsExactly("FC-T003", "FC-T004");
        assertThat(idsAmong(these, "?status=approved")).containsExactly("FC-T004", "FC-T005");
        assertThat(idsAmong(these, "?status=deregistered")).containsExactly("FC-T003");
        assertThat(idsAmong(these, "?type=IN_HOUSE&status=approved")).containsExactly("FC-T005");
        assertThat(idsAmong(these, "?type=IN_HOUSE&status=deregistered")).isEmpty();
    }

    /** "DBS recorded" on a day means a check recorded and its renewal not yet overdue: due that day is still in date. */
    @Test
    void aDbsCheckIsNotRecordedOutOfDateOrInDateToday() {
        FosterCarerJourney.of(feed, "FC-T011", CarerType.KINSHIP, "kinship.worker")
                .approved("No check yet", daysAgo(21), null, daysAgo(21), daysAgo(21).plusWeeks(6));
        FosterCarerJourney.of(feed, "FC-T012", CarerType.IN_HOUSE, "fostering.worker")
                .approved("Renewal missed", daysAgo(1500), daysAgo(1600), daysAgo(1600).plusYears(3), daysAgo(1500).plusWeeks(6));
        FosterCarerJourney.of(feed, "FC-T013", CarerType.IN_HOUSE, "fostering.worker")
                .approved("Checked last spring", daysAgo(90), daysAgo(100), daysAgo(100).plusYears(3), daysAgo(90).plusWeeks(6));
        FosterCarerJourney.of(feed, "FC-T014", CarerType.IN_HOUSE, "fostering.worker")
                .approved("Renewal due today", daysAgo(30), TODAY.minusYears(3), TODAY, daysAgo(30).plusWeeks(6));
        consumer.catchUp();

        Map<String, Object> notRecorded = dbs("FC-T011");
        assertThat(notRecorded).containsEntry("lastCheckedOn", null).containsEntry("renewalDueOn", daysAgo(21).toString())
                .containsEntry("recorded", false).containsEntry("inDate", false);
        assertThat(dbs("FC-T012")).containsEntry("lastCheckedOn", daysAgo(1600).toString())
                .containsEntry("renewalDueOn", daysAgo(1600).plusYears(3).toString())
                .containsEntry("recorded", true).containsEntry("inDate", false);
        assertThat(dbs("FC-T013")).containsEntry("recorded", true).containsEntry("inDate", true);
        assertThat(dbs("FC-T014")).as("due today").containsEntry("renewalDueOn", TODAY.toString()).containsEntry("inDate", true);
    }

    @Test
    void aVisitPastItsDueDayIsOverdueAndItsEscalationStaysOpenUntilAVisitIsRecorded() {
        LocalDate dueOn = daysAgo(8);
        FosterCarerJourney patel = FosterCarerJourney.of(feed, "FC-T021", CarerType.IN_HOUSE, "fostering.worker")
                .approved("The Patel household", dueOn.minusWeeks(6), daysAgo(300), daysAgo(300).plusYears(3), dueOn);
        patel.overdue("CarerSupervisionVisitOverdue", VISIT_RULE, dueOn);
        patel.overdueReviewed("OverdueCarerSupervisionVisitReviewed", VISIT_RULE, dueOn, daysAgo(6), "Visit booked for this week.");
        FosterCarerJourney.of(feed, "FC-T022", CarerType.IN_HOUSE, "fostering.worker")
                .approved("Visit due today", TODAY.minusWeeks(6), daysAgo(300), daysAgo(300).plusYears(3), TODAY);
        consumer.catchUp();

        assertThat(visits("FC-T021")).containsEntry("lastVisitOn", null).containsEntry("nextDueOn", dueOn.toString())
                .containsEntry("overdue", true);
        assertThat(visits("FC-T022")).as("due today").containsEntry("overdue", false);
        assertThat(list(household("fostering.manager", "FC-T021").get("openEscalations"))).singleElement()
                .isEqualTo(Map.of("timescale", "T28", "work", "SUPERVISION_VISIT", "dueOn", dueOn.toString(),
                        "escalatedOn", dueOn.toString(), "reviewedOn", daysAgo(6).toString(), "reviewedBy", "fostering.manager",
                        "managerAction", "Visit booked for this week."));

        patel.visitMade(daysAgo(2), dueOn, daysAgo(2).plusWeeks(6));
        consumer.catchUp();

        Map<String, Object> household = household("fostering.manager", "FC-T021");
        assertThat(map(map(household.get("carer")).get("supervisionVisits"))).containsEntry("lastVisitOn", daysAgo(2).toString())
                .containsEntry("nextDueOn", daysAgo(2).plusWeeks(6).toString()).containsEntry("overdue", false);
        assertThat(list(household.get("openEscalations"))).as("the visit was made, late").isEmpty();
        assertThat(list(household.get("history"))).last().satisfies(visit -> assertThat(visit)
                .containsEntry("kind", "SUPERVISION_VISIT").containsEntry("inTime", false)
                .containsEntry("summary", "Supervisory visit by fostering.worker, due by " + dueOn + ": late."));
    }

    /** A check then recorded with a date within its timescale was no breach: its escalation is closed. */
    @Test
    void anEscalationClosedAsRecordedInTimeIsNotOpen() {
        LocalDate dueOn = daysAgo(4);
        FosterCarerJourney lee = FosterCarerJourney.of(feed, "FC-T023", CarerType.KINSHIP, "kinship.worker")
                .approved("The Lee household", dueOn, null, dueOn, dueOn.plusWeeks(6));
        lee.overdue("CarerDbsCheckOverdue", DBS_RULE, dueOn);
        consumer.catchUp();
        assertThat(list(household("kinship.worker", "FC-T023").get("openEscalations"))).singleElement()
                .satisfies(open -> assertThat(open).containsEntry("timescale", "T27").containsEntry("work", "DBS_CHECK")
                        .containsEntry("reviewedOn", null));

        lee.recordedInTime(DBS_RULE, dueOn, dueOn);
        consumer.catchUp();

        assertThat(list(household("kinship.worker", "FC-T023").get("openEscalations"))).isEmpty();
    }

    @Test
    void replayingTheFeedChangesNothing() {
        FosterCarerJourney brown = FosterCarerJourney.of(feed, "FC-T031", CarerType.IN_HOUSE, "fostering.worker")
                .approved("The Brown household", daysAgo(100), null, daysAgo(100), daysAgo(100).plusWeeks(6));
        brown.overdue("CarerDbsCheckOverdue", DBS_RULE, daysAgo(100));
        brown.overdueReviewed("OverdueCarerDbsCheckReviewed", DBS_RULE, daysAgo(100), daysAgo(98), "Check asked for.");
        brown.dbsChecked(daysAgo(90), daysAgo(100), daysAgo(90).plusYears(3));
        brown.supervisedFromNowBy("kinship.worker").visitMade(daysAgo(60), daysAgo(100).plusWeeks(6), daysAgo(60).plusWeeks(6));
        FosterCarerJourney.of(feed, "FC-T032", CarerType.KINSHIP, "kinship.worker")
                .approved("The Green household", daysAgo(100), daysAgo(120), daysAgo(120).plusYears(3), daysAgo(100).plusWeeks(6))
                .deregistered(daysAgo(50), DeregistrationReason.PERMANENCE_ORDER);
        consumer.catchUp();
        Map<String, Long> rowsBefore = rowCounts();
        Map<String, Object> brownBefore = household("fostering.worker", "FC-T031");
        Map<String, Object> greenBefore = household("fostering.worker", "FC-T032");
        List<Map<String, Object>> registerBefore = register("fostering.worker", "");
        assertThat(map(brownBefore.get("carer"))).as("the latest event's word on the supervising worker")
                .containsEntry("supervisingWorker", "kinship.worker");

        consumer.replayFromTheStart();
        consumer.catchUp();

        assertThat(rowCounts()).isEqualTo(rowsBefore);
        assertThat(household("fostering.worker", "FC-T031")).isEqualTo(brownBefore);
        assertThat(household("fostering.worker", "FC-T032")).isEqualTo(greenBefore);
        assertThat(register("fostering.worker", "")).isEqualTo(registerBefore);
    }

    /**
     * Carer events are the register's; every other event that names no child (a worker's supervision, its
     * escalation) is still passed over without trace, and nothing of a carer's reaches a child's record.
     */
    @Test
    void eventsWithoutAChildOtherThanACarersArePassedOverAsBefore() {
        consumer.catchUp();
        long children = count("child");
        long quarantined = count("feed_quarantine");
        long escalations = count("foster_carer_escalation");
        List<JourneyEvent> supervision = List.of(
                feed.publish(SupervisionDue.TYPE, null, null, null, daysAgo(30), daysAgo(2), "team-fostering", null,
                        Map.of(SUPERVISED_WORKER, "fostering.worker", SUPERVISION_TIMESCALE, "T22")),
                feed.publish("SupervisionOverdue", null, null, null, daysAgo(2), daysAgo(2), "team-fostering", null,
                        Map.of(ESCALATION, "BREACHED", TIMESCALE, "T22", SUPERVISED_WORKER, "fostering.worker")));
        FosterCarerJourney.of(feed, "FC-T041", CarerType.IN_HOUSE, "fostering.worker")
                .approved("The Ahmed household", daysAgo(10), daysAgo(12), daysAgo(12).plusYears(3), daysAgo(10).plusWeeks(6));
        JourneyEvent last = feed.publish(SupervisionDue.TYPE, null, null, null, daysAgo(1), daysAgo(1).plusWeeks(4), "team-fostering",
                null, Map.of(SUPERVISED_WORKER, "fostering.worker", SUPERVISION_TIMESCALE, "T22"));

        consumer.catchUp();

        assertThat(count("foster_carer where carer_id = 'FC-T041'")).isEqualTo(1);
        assertThat(count("foster_carer_escalation")).as("the supervision's breach is not a carer's").isEqualTo(escalations);
        assertThat(count("feed_quarantine")).isEqualTo(quarantined);
        assertThat(count("child")).isEqualTo(children);
        for (JourneyEvent event : supervision) {
            assertThat(count("chronology_entry where event_id = '" + event.eventId() + "'")).as(event.type()).isZero();
            assertThat(count("audit_entry where event_id = '" + event.eventId() + "'")).as(event.type()).isZero();
        }
        assertThat(count("chronology_entry where la_child_id like 'FC-%'")).as("a carer is no child").isZero();
        assertThat(count("audit_entry where la_child_id like 'FC-%'")).isZero();
        assertThat(jdbc.sql("select position from feed_cursor").query(Long.class).single()).isEqualTo(last.position());
    }

    @Test
    void workForAHouseholdTheRegisterDoesNotHoldIsSetAsideAndTheFeedMovesOn() {
        consumer.catchUp();
        JourneyEvent unknown = FosterCarerJourney.of(feed, "FC-T051", CarerType.IN_HOUSE, "fostering.worker")
                .dbsChecked(daysAgo(3), daysAgo(3), daysAgo(3).plusYears(3));
        FosterCarerJourney.of(feed, "FC-T052", CarerType.IN_HOUSE, "fostering.worker")
                .approved("The Scott household", daysAgo(3), daysAgo(4), daysAgo(4).plusYears(3), daysAgo(3).plusWeeks(6));

        consumer.catchUp();

        assertThat(count("feed_quarantine where event_id = '" + unknown.eventId() + "'")).isEqualTo(1);
        assertThat(count("foster_carer_dbs_check where carer_id = 'FC-T051'")).isZero();
        assertThat(count("foster_carer where carer_id = 'FC-T051'")).isZero();
        assertThat(count("foster_carer where carer_id = 'FC-T052'")).as("the rest of the feed is applied").isEqualTo(1);
    }

    private static LocalDate daysAgo(int days) {
        return TODAY.minusDays(days);
    }

    private Map<String, Object> household(String user, String carerId) {
        return identity.as(http, user).getForObject("/api/casework/foster-carers/" + carerId, Map.class);
    }

    private List<Map<String, Object>> register(String user, String query) {
        return list(identity.as(http, user).getForObject("/api/casework/foster-carers" + query, Map.class).get("carers"));
    }

    private List<String> idsAmong(List<String> carerIds, String query) {
        return register("fostering.manager", query).stream().map(carer -> (String) carer.get("carerId"))
                .filter(carerIds::contains).toList();
    }

    private Map<String, Object> dbs(String carerId) {
        return map(map(household("fostering.worker", carerId).get("carer")).get("dbs"));
    }

    private Map<String, Object> visits(String carerId) {
        return map(map(household("fostering.worker", carerId).get("carer")).get("supervisionVisits"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }

    private long count(String fromWhere) {
        return jdbc.sql("select count(*) from " + fromWhere).query(Long.class).single();
    }

    private Map<String, Long> rowCounts() {
        return List.of("foster_carer", "foster_carer_dbs_check", "foster_carer_visit", "foster_carer_escalation", "feed_quarantine",
                "child", "chronology_entry", "audit_entry").stream().collect(Collectors.toMap(table -> table, this::count));
    }
}
