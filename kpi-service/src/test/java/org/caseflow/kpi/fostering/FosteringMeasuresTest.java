package org.caseflow.kpi.fostering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caseflow.journey.events.JourneyEvent;
import org.caseflow.journey.events.fostering.CarerType;
import org.caseflow.journey.events.fostering.DeregistrationReason;
import org.caseflow.journey.events.workforce.SupervisionDue;
import org.caseflow.journey.events.workforce.SupervisionHeld;
import org.caseflow.journey.events.workforce.WorkforceData;
import org.caseflow.kpi.KpiIntegrationTest;
import org.caseflow.support.feed.JourneyFeedConsumer;
import org.caseflow.testsupport.FeedStub;
import org.caseflow.testsupport.TestIdentity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The fostering checks computed from events the feed delivered, through the API, for January to March 2024 (February
 * ends on the 29th). Only this test publishes foster carers' events, and only it supervises workers in these months;
 * its carers' ids start {@code FC-88}. Visits are due every 6 weeks (T28), DBS checks renewed every 3
 * years (T27), as the journey set them.
 *
 * <p>In-house carers, supervised by {@code fostering.worker} unless said otherwise:
 * <ul>
 *   <li>Ash, approved in October 2023 with a DBS check of 28 February 2021, renewed late, on 4 March 2024; visited
 *       the day after the visit due on 1 February, then on time;</li>
 *   <li>Birch, approved in November 2023, DBS in date throughout; every visit on time, the last on 29 February;</li>
 *   <li>Cedar, approved on 29 February 2024 with no DBS check, checked on 5 March; supervised by
 *       {@code second.fostering};</li>
 *   <li>Damson, approved on 18 January 2024, deregistered on 29 February, the day her first visit was due, not made;
 *       supervised by {@code relief.fostering}.</li>
 * </ul>
 * Kinship carers, all supervised by {@code kinship.worker}: Elm (approved in November 2023 with no check, checked two
 * weeks later; every visit on time); Fir (approved on 8 January 2024 with no check, checked on 28 March; first visit
 * three days late); Hazel (approved on 1 February 2024 with a check, visited that very day, then not again).
 */
@KpiIntegrationTest
class FosteringMeasuresTest {

    private static List<JourneyEvent> forACarerNeverApproved;

    @Autowired
    FeedStub feed;
    @Autowired
    JourneyFeedConsumer consumer;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestRestTemplate http;
    @Autowired
    TestIdentity identity;

    @BeforeEach
    void publishOnce() {
        if (forACarerNeverApproved != null) {
            return;
        }
        FosterCarerJourney.of(feed, "FC-8801", CarerType.IN_HOUSE, "fostering.worker")
                .approved(date(2023, 10, 2), date(2021, 2, 28), date(2024, 2, 28), date(2023, 11, 13))
                .visited(date(2023, 11, 10), date(2023, 11, 13), date(2023, 12, 22))
                .visited(date(2023, 12, 21), date(2023, 12, 22), date(2024, 2, 1))
                .visited(date(2024, 2, 2), date(2024, 2, 1), date(2024, 3, 15))
                .dbsChecked(date(2024, 3, 4), date(2024, 2, 28), date(2027, 3, 4))
                .visited(date(2024, 3, 15), date(2024, 3, 15), date(2024, 4, 26));
        FosterCarerJourney.of(feed, "FC-8802", CarerType.IN_HOUSE, "fostering.worker")
                .approved(date(2023, 11, 8), date(2023, 5, 20), date(2026, 5, 20), date(2023, 12, 20))
                .visited(date(2023, 12, 20), date(2023, 12, 20), date(2024, 1, 31))
                .visited(date(2024, 1, 18), date(2024, 1, 31), date(2024, 2, 29))
                .visited(date(2024, 2, 29), date(2024, 2, 29), date(2024, 4, 11));
        FosterCarerJourney.of(feed, "FC-8803", CarerType.IN_HOUSE, "second.fostering")
                .approved(date(2024, 2, 29), null, date(2024, 2, 29), date(2024, 4, 11))
                .dbsChecked(date(2024, 3, 5), date(2024, 2, 29), date(2027, 3, 5));
        FosterCarerJourney.of(feed, "FC-8804", CarerType.IN_HOUSE, "relief.fostering")
                .approved(date(2024, 1, 18), date(2023, 8, 1), date(2026, 8, 1), date(2024, 2, 29))
                .deregistered(date(2024, 2, 29), DeregistrationReason.RESIGNED);

        FosterCarerJourney.of(feed, "FC-8811", CarerType.KINSHIP, "kinship.worker")
                .approved(date(2023, 11, 6), null, date(2023, 11, 6), date(2023, 12, 18))
                .dbsChecked(date(2023, 11, 20), date(2023, 11, 6), date(2026, 11, 20))
                .visited(date(2023, 12, 18), date(2023, 12, 18), date(2024, 1, 29))
                .visited(date(2024, 1, 29), date(2024, 1, 29), date(2024, 3, 11))
                .visited(date(2024, 3, 11), date(2024, 3, 11), date(2024, 4, 22));
        FosterCarerJourney.of(feed, "FC-8812", CarerType.KINSHIP, "kinship.worker")
                .approved(date(2024, 1, 8), null, date(2024, 1, 8), date(2024, 2, 19))
                .visited(date(2024, 2, 22), date(2024, 2, 19), date(2024, 4, 4))
                .dbsChecked(date(2024, 3, 28), date(2024, 1, 8), date(2027, 3, 28));
        FosterCarerJourney.of(feed, "FC-8813", CarerType.KINSHIP, "kinship.worker")
                .approved(date(2024, 2, 1), date(2024, 1, 15), date(2027, 1, 15), date(2024, 3, 14))
                .visited(date(2024, 2, 1), date(2024, 3, 14), date(2024, 3, 14));

        // the case workers' supervisions
        supervision("fostering.worker", date(2023, 12, 15), date(2024, 1, 15), date(2024, 1, 15));
        supervision("fostering.worker", date(2024, 1, 15), date(2024, 2, 15), date(2024, 2, 14));
        supervision("fostering.worker", date(2024, 2, 14), date(2024, 3, 14), date(2024, 3, 20));
        supervision("relief.fostering", date(2023, 12, 25), date(2024, 1, 25), date(2024, 1, 24));
        supervision("relief.fostering", date(2024, 1, 24), date(2024, 2, 24), null);
        supervision("second.fostering", date(2023, 12, 8), date(2024, 1, 8), date(2024, 1, 9));
        supervision("second.fostering", date(2024, 1, 9), date(2024, 2, 9), date(2024, 2, 12));
        supervision("second.fostering", date(2024, 2, 12), date(2024, 3, 12), date(2024, 3, 11));
        supervision("kinship.worker", date(2023, 12, 20), date(2024, 1, 20), date(2024, 1, 20));
        supervision("kinship.worker", date(2024, 1, 20), date(2024, 2, 20), date(2024, 2, 21));
        supervision("kinship.worker", date(2024, 2, 21), date(2024, 3, 21), date(2024, 3, 21));

        FosterCarerJourney neverApproved = FosterCarerJourney.of(feed, "FC-8899", CarerType.IN_HOUSE, "fostering.worker");
        forACarerNeverApproved = List.of(neverApproved.visitMade(date(2024, 2, 5), date(2024, 2, 10)),
                neverApproved.deregistered(date(2024, 2, 6), DeregistrationReason.OTHER));
        consumer.catchUp();
    }

    @Test
    void theCarersWithDbsRecordedAreThoseApprovedAtTheEndOfTheReportingDateWithACheckNotPastItsRenewal() {
        // Ash, Birch and Damson
        assertThat(measures("2024-01").get("fostering-dbs-in-house")).containsEntry("numerator", 3).containsEntry("denominator", 3);
        // Ash's renewal was due on the 28th; Cedar, approved that day, has no check yet; Damson, deregistered that day, is
        // no longer counted
        Map<String, Object> february = measures("2024-02").get("fostering-dbs-in-house");
        assertThat(february).containsEntry("numerator", 1).containsEntry("denominator", 3).containsEntry("value", 33.3)
                .containsEntry("target", null).containsEntry("rag", null).containsEntry("previousValue", 100.0);
        assertThat(period(february)).containsEntry("basis", "SNAPSHOT").containsEntry("from", "2024-02-29")
                .containsEntry("to", "2024-02-29");
        // Ash and Cedar checked
        assertThat(measures("2024-03").get("fostering-dbs-in-house")).containsEntry("numerator", 3).containsEntry("denominator", 3)
                .containsEntry("value", 100.0);

        // Elm checked, Fir not; then Hazel, approved with a check; then Fir checked on 28 March
        assertThat(measures("2024-01").get("fostering-dbs-kinship")).containsEntry("numerator", 1).containsEntry("denominator", 2);
        assertThat(measures("2024-02").get("fostering-dbs-kinship")).containsEntry("numerator", 2).containsEntry("denominator", 3)
                .containsEntry("value", 66.7);
        assertThat(measures("2024-03").get("fostering-dbs-kinship")).containsEntry("numerator", 3).containsEntry("denominator", 3);
    }

    @Test
    void carersVisitsAreCountedAsTheyFellDueInTheMonth() {
        // January: Birch's, due on the 31st, made on the 18th
        assertThat(measures("2024-01").get("carer-supervision-in-house")).containsEntry("numerator", 1).containsEntry("denominator", 1);
        // February: Ash's due on the 1st made on the 2nd, Birch's made on the 29th, the day it was due; Damson's, due the
        // day she was deregistered, never fell due
        Map<String, Object> february = measures("2024-02").get("carer-supervision-in-house");
        assertThat(february).containsEntry("numerator", 1).containsEntry("denominator", 2).containsEntry("value", 50.0)
                .containsEntry("rag", null);
        assertThat(period(february)).containsEntry("basis", "MONTH").containsEntry("from", "2024-02-01").containsEntry("to", "2024-02-29");
        assertThat(measures("2024-03").get("carer-supervision-in-house")).as("Ash's, on time")
                .containsEntry("numerator", 1).containsEntry("denominator", 1);

        assertThat(measures("2024-01").get("carer-supervision-kinship")).as("Elm's").containsEntry("numerator", 1)
                .containsEntry("denominator", 1);
        assertThat(measures("2024-02").get("carer-supervision-kinship")).as("Fir's, three days late")
                .containsEntry("numerator", 0).containsEntry("denominator", 1).containsEntry("value", 0.0);
        // March: Elm's on time; Hazel's first, met by the visit on the day of her approval; her next, counted from that
        // visit and due on the 14th, not made
        assertThat(measures("2024-03").get("carer-supervision-kinship")).containsEntry("numerator", 2).containsEntry("denominator", 3)
                .containsEntry("previousValue", 0.0);
    }

    @Test
    void theCaseWorkersSupervisionsAreThoseOfTheWorkersOfTheCarersApprovedAtTheEndOfTheMonth() {
        // January: fostering.worker's and relief.fostering's (Damson's), in time; not second.fostering's, whose carer was
        // not yet approved
        assertThat(measures("2024-01").get("carer-workers-supervision-in-house")).containsEntry("numerator", 2)
                .containsEntry("denominator", 2);
        // February: fostering.worker's in time; second.fostering's (Cedar approved on the 29th) late; not relief.fostering's,
        // whose only carer was deregistered on the 29th
        Map<String, Object> february = measures("2024-02").get("carer-workers-supervision-in-house");
        assertThat(february).containsEntry("numerator", 1).containsEntry("denominator", 2).containsEntry("value", 50.0);
        assertThat(period(february)).containsEntry("basis", "MONTH").containsEntry("from", "2024-02-01");
        assertThat(measures("2024-03").get("carer-workers-supervision-in-house")).as("fostering.worker's late, second.fostering's in time")
                .containsEntry("numerator", 1).containsEntry("denominator", 2);

        // kinship.worker's: in time, a day late, in time
        assertThat(measures("2024-01").get("carer-workers-supervision-kinship")).containsEntry("numerator", 1)
                .containsEntry("denominator", 1);
        assertThat(measures("2024-02").get("carer-workers-supervision-kinship")).containsEntry("numerator", 0)
                .containsEntry("denominator", 1);
        assertThat(measures("2024-03").get("carer-workers-supervision-kinship")).containsEntry("numerator", 1)
                .containsEntry("denominator", 1).containsEntry("rag", null);
        // the same supervisions as every service's: in February relief.fostering's too, not held
        assertThat(measures("2024-02").get("supervisions-in-timescale")).containsEntry("numerator", 1).containsEntry("denominator", 4);
    }

    @Test
    void whatHappenedToACarerNeverApprovedIsSetAsideNotLost() {
        for (JourneyEvent event : forACarerNeverApproved) {
            assertThat(jdbc.sql("select count(*) from feed_quarantine where event_id = :id").param("id", event.eventId())
                    .query(Long.class).single()).as(event.type()).isEqualTo(1);
        }
        assertThat(count("carer_fact", "FC-8899")).isZero();
        assertThat(count("carer_visit_fact", "FC-8899")).isZero();
    }

    @Test
    void replayingTheFeedChangesNoMeasureAndNoFact() {
        Map<String, Map<String, Object>> before = measures("2024-02");
        Map<String, Long> factsBefore = facts();

        consumer.replayFromTheStart();
        consumer.catchUp();

        assertThat(measures("2024-02")).isEqualTo(before);
        assertThat(facts()).isEqualTo(factsBefore);
        assertThat(factsBefore).as("seven carers, every check and visit due, every visit")
                .containsEntry("carer_fact", 7L).containsEntry("carer_work_due_fact", 30L).containsEntry("carer_visit_fact", 12L);
    }

    private void supervision(String worker, LocalDate countedFrom, LocalDate dueOn, LocalDate heldOn) {
        feed.publish(SupervisionDue.TYPE, null, null, null, countedFrom, dueOn, "team-fostering", null,
                Map.of(WorkforceData.SUPERVISED_WORKER, worker, WorkforceData.SUPERVISION_TIMESCALE, "T22"));
        if (heldOn != null) {
            feed.publish(SupervisionHeld.TYPE, null, null, null, heldOn, dueOn, "team-fostering", "fostering.manager",
                    Map.of(WorkforceData.SUPERVISED_WORKER, worker, WorkforceData.SUPERVISOR, "fostering.manager",
                            WorkforceData.SUPERVISION_DATE, heldOn.toString(), WorkforceData.SUPERVISION_TIMESCALE, "T22"));
        }
    }

    /** This test's rows of each fostering fact table: its carers' ids start FC-88. */
    private Map<String, Long> facts() {
        Map<String, Long> facts = new LinkedHashMap<>();
        for (String table : List.of("carer_fact", "carer_work_due_fact", "carer_visit_fact")) {
            facts.put(table, count(table, "FC-88%"));
        }
        return facts;
    }

    private long count(String table, String carerIds) {
        return jdbc.sql("select count(*) from " + table + " where carer_id like :carers").param("carers", carerIds)
                .query(Long.class).single();
    }

    private Map<String, Map<String, Object>> measures(String month) {
        Map<String, Object> body = identity.as(http, "performance").getForObject("/api/kpi/measures?month=" + month, Map.class);
        Map<String, Map<String, Object>> byId = new LinkedHashMap<>();
        for (Map<String, Object> measure : (List<Map<String, Object>>) body.get("measures")) {
            byId.put((String) measure.get("id"), measure);
        }
        return byId;
    }

    private static Map<String, Object> period(Map<String, Object> measure) {
        return (Map<String, Object>) measure.get("period");
    }

    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }
}
