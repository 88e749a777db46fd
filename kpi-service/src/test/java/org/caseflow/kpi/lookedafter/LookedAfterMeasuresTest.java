package org.caseflow.kpi.lookedafter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caseflow.journey.events.JourneyEvent;
import org.caseflow.journey.events.lookedafter.LegalStatus;
import org.caseflow.journey.events.lookedafter.PlacementProvider;
import org.caseflow.journey.events.lookedafter.PlacementType;
import org.caseflow.journey.events.lookedafter.ReasonCeased;
import org.caseflow.kpi.KpiIntegrationTest;
import org.caseflow.kpi.childinneed.SocialCareEpisodes;
import org.caseflow.support.feed.JourneyFeedConsumer;
import org.caseflow.testsupport.FeedStub;
import org.caseflow.testsupport.Journeys;
import org.caseflow.testsupport.TestIdentity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The looked-after measures computed from events the feed delivered, through the API, for March 2021 (the
 * last month of financial year 2020-21, reporting date Wednesday 31 March) and April 2021 (the first of
 * 2021-22). Only this test publishes looked-after events before 2026 (the workforce test's children come into
 * care then), and no other test reports on these months; its facts are dated from April 2019, after the months
 * whose children in need the child in need test counts (looked-after children are children in need). The demo
 * population is 33,100.
 *
 * <p>At the end of 31 March 2021:
 * <ul>
 *   <li>looked after: Ada (since June 2019, into care from her assessment; seen in January, every review on
 *       time), Ben (from that very day, his first visit due a week later) and Eve (back in care since January:
 *       her first review was late; she moved to her aunt's on 10 March and was seen there on the 17th, the day
 *       that visit was due);</li>
 *   <li>Cal ceased care that day, adopted: she is one of the year's children ceasing care, no longer looked
 *       after; her visit due on 24 March was not made; Fay ceased in June 2020 to live independently; Eve's
 *       first period ended in October, home;</li>
 *   <li>Dee is looked after only under short breaks: a child in need, not a child looked after;</li>
 *   <li>Gus comes into care on 1 April 2021, the first day of the next financial year.</li>
 * </ul>
 */
@KpiIntegrationTest
class LookedAfterMeasuresTest {

    private static List<JourneyEvent> forPeriodsNeverStarted;

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
    @Autowired
    SocialCareEpisodes socialCare;

    @BeforeEach
    void publishOnce() {
        if (forPeriodsNeverStarted != null) {
            return;
        }
        // Ada: her assessment concludes she be looked after; in care from 3 June 2019 in a foster placement meant to
        // last until 18; reviewed on time throughout; seen on 15 January 2021, after the placement's first year: due
        // again in 3 months (15 April); visited on 20 March without being seen
        Journeys adaReferred = Journeys.of(feed, "C5500001", "CON-550001");
        adaReferred.referralReceived("REF-550001", LocalDate.of(2019, 4, 8), LocalDate.of(2019, 6, 11));
        adaReferred.assessmentCompleted(LocalDate.of(2019, 4, 9), LocalDate.of(2019, 6, 3), "LOOKED_AFTER", LocalDate.of(2019, 6, 11));
        LookedAfterJourney ada = LookedAfterJourney.of(feed, "C5500001", "REF-550001", "LAC-550001");
        ada.started(LocalDate.of(2019, 6, 3), LocalDate.of(2019, 7, 1), LegalStatus.C2, PlacementType.U4, PlacementProvider.PR1, true);
        ada.review(LocalDate.of(2019, 6, 27), LocalDate.of(2019, 7, 1));
        ada.review(LocalDate.of(2019, 9, 20), LocalDate.of(2019, 9, 27));
        ada.review(LocalDate.of(2020, 3, 16), LocalDate.of(2020, 3, 20));
        ada.review(LocalDate.of(2020, 9, 10), LocalDate.of(2020, 9, 16));
        ada.review(LocalDate.of(2021, 3, 8), LocalDate.of(2021, 3, 10));
        ada.visit(LocalDate.of(2021, 1, 15), LocalDate.of(2021, 1, 20), true, LocalDate.of(2021, 4, 15));
        ada.visit(LocalDate.of(2021, 3, 20), LocalDate.of(2021, 4, 15), false, null);

        // Ben: looked after from the last day of the financial year, in a children's home; first visit due 7 April
        LookedAfterJourney ben = LookedAfterJourney.of(feed, "C5500002", null, "LAC-550002");
        ben.started(LocalDate.of(2021, 3, 31), LocalDate.of(2021, 4, 30), LegalStatus.L2, PlacementType.K2, PlacementProvider.PR4, false);
        ben.visitDue(LocalDate.of(2021, 3, 31), LocalDate.of(2021, 4, 7));
        ben.visit(LocalDate.of(2021, 4, 6), LocalDate.of(2021, 4, 7), true, LocalDate.of(2021, 5, 18));

        // Cal: into care from her assessment in May 2020, placed for adoption in November, adopted on 31 March 2021
        Journeys calReferred = Journeys.of(feed, "C5500003", "CON-550003");
        calReferred.referralReceived("REF-550003", LocalDate.of(2020, 3, 2), LocalDate.of(2020, 5, 5));
        calReferred.assessmentCompleted(LocalDate.of(2020, 3, 3), LocalDate.of(2020, 5, 4), "LOOKED_AFTER", LocalDate.of(2020, 5, 5));
        LookedAfterJourney cal = LookedAfterJourney.of(feed, "C5500003", "REF-550003", "LAC-550003");
        cal.started(LocalDate.of(2020, 5, 4), LocalDate.of(2020, 6, 3), LegalStatus.C1, PlacementType.U6, PlacementProvider.PR1, false);
        cal.moved(LocalDate.of(2020, 11, 2), PlacementType.A5, PlacementProvider.PR1, false, LocalDate.of(2020, 11, 9));
        cal.visit(LocalDate.of(2021, 2, 10), LocalDate.of(2021, 2, 12), true, LocalDate.of(2021, 3, 24));
        cal.ceased(LocalDate.of(2021, 3, 31), ReasonCeased.E11);

        // Dee: short breaks only, from September 2020
        LookedAfterJourney.of(feed, "C5500004", null, "LAC-550004")
                .started(LocalDate.of(2020, 9, 1), LocalDate.of(2020, 9, 29), LegalStatus.V3, PlacementType.K2, PlacementProvider.PR5, false);

        // Eve: looked after from 1 April 2020 (the year's first day), home on 1 October; back on 4 January 2021, first
        // reviewed two days late (due 1 February); moved to her aunt's on 10 March, seen there on the 17th, the day it was due
        LookedAfterJourney eveFirst = LookedAfterJourney.of(feed, "C5500005", null, "LAC-550005");
        eveFirst.started(LocalDate.of(2020, 4, 1), LocalDate.of(2020, 4, 30), LegalStatus.V2, PlacementType.U6, PlacementProvider.PR4, false);
        eveFirst.ceased(LocalDate.of(2020, 10, 1), ReasonCeased.E4A);
        LookedAfterJourney eve = LookedAfterJourney.of(feed, "C5500005", null, "LAC-550006");
        eve.started(LocalDate.of(2021, 1, 4), LocalDate.of(2021, 2, 1), LegalStatus.C1, PlacementType.U6, PlacementProvider.PR4, false);
        eve.visit(LocalDate.of(2021, 1, 8), LocalDate.of(2021, 1, 11), true, LocalDate.of(2021, 2, 19));
        eve.review(LocalDate.of(2021, 2, 3), LocalDate.of(2021, 2, 1));
        eve.visit(LocalDate.of(2021, 2, 18), LocalDate.of(2021, 2, 19), true, LocalDate.of(2021, 4, 1));
        eve.moved(LocalDate.of(2021, 3, 10), PlacementType.U3, PlacementProvider.PR1, false, LocalDate.of(2021, 3, 17));
        eve.visit(LocalDate.of(2021, 3, 17), LocalDate.of(2021, 3, 17), true, LocalDate.of(2021, 4, 28));

        // Fay: looked after since April 2019 (after the months the child in need test counts), ceased on 30 June 2020 to live
        // independently
        LookedAfterJourney fay = LookedAfterJourney.of(feed, "C5500006", null, "LAC-550007");
        fay.started(LocalDate.of(2019, 4, 8), LocalDate.of(2019, 5, 8), LegalStatus.C2, PlacementType.H5, PlacementProvider.PR4, false);
        fay.ceased(LocalDate.of(2020, 6, 30), ReasonCeased.E5);

        // Gus: from 1 April 2021
        LookedAfterJourney.of(feed, "C5500007", null, "LAC-550008")
                .started(LocalDate.of(2021, 4, 1), LocalDate.of(2021, 5, 4), LegalStatus.V2, PlacementType.U6, PlacementProvider.PR4, false);

        // what happened in periods of care this service never saw start
        forPeriodsNeverStarted = List.of(
                LookedAfterJourney.of(feed, "C5500099", null, "LAC-559999").visit(LocalDate.of(2021, 3, 1), null, true, null),
                LookedAfterJourney.of(feed, "C5500099", null, "LAC-559999").review(LocalDate.of(2021, 3, 2), null),
                LookedAfterJourney.of(feed, "C5500099", null, "LAC-559999").moved(LocalDate.of(2021, 3, 3), PlacementType.U6,
                        PlacementProvider.PR4, false, null),
                LookedAfterJourney.of(feed, "C5500099", null, "LAC-559999").ceased(LocalDate.of(2021, 3, 4), ReasonCeased.E8));
        consumer.catchUp();
    }

    @Test
    void theChildrenLookedAfterAreThoseInCareAtTheEndOfTheReportingDateNotOnShortBreaksOnly() {
        Map<String, Map<String, Object>> march = measures("2021-03");

        // Ada, Ben and Eve; at the end of February Ada, Cal and Eve
        assertThat(march.get("cla-count")).containsEntry("value", 3).containsEntry("previousValue", 3).containsEntry("rag", "RED");
        assertThat(period(march.get("cla-count"))).containsEntry("basis", "SNAPSHOT").containsEntry("from", "2021-03-31")
                .containsEntry("to", "2021-03-31");
        // 3 per 10,000 of the demo population of 33,100
        assertThat(march.get("cla-rate")).containsEntry("numerator", 3).containsEntry("denominator", 33100).containsEntry("value", 0.9);
        assertThat(measures("2021-04").get("cla-count")).as("and Gus from 1 April").containsEntry("value", 4)
                .containsEntry("previousValue", 3);
    }

    @Test
    void childrenEnteringAndCeasingCareAreCountedOnceEachInTheYearToDate() {
        Map<String, Map<String, Object>> march = measures("2021-03");

        // Cal in May, Eve in April and again in January (once), Ben on 31 March; not Dee (short breaks)
        Map<String, Object> entering = march.get("entering-care");
        assertThat(entering).containsEntry("value", 3);
        assertThat(period(entering)).containsEntry("basis", "YEAR_TO_DATE").containsEntry("from", "2020-04-01").containsEntry("to", "2021-03-31");
        assertThat(inMonth(entering)).as("Ben").containsEntry("numerator", 1);
        // Fay in June, Eve in October, Cal on the reporting date itself
        Map<String, Object> ceasing = march.get("ceased-care");
        assertThat(ceasing).containsEntry("value", 3).containsEntry("previousValue", 2);
        assertThat(inMonth(ceasing)).as("Cal").containsEntry("numerator", 1);

        Map<String, Map<String, Object>> april = measures("2021-04");
        assertThat(april.get("entering-care")).as("a new year: Gus").containsEntry("value", 1);
        assertThat(period(april.get("entering-care"))).containsEntry("from", "2021-04-01");
        assertThat(april.get("ceased-care")).containsEntry("value", 0);
    }

    @Test
    void theRatesOfChildrenEnteringAndCeasingCareAreAnnualisedByTheMonthsElapsed() {
        Map<String, Map<String, Object>> march = measures("2021-03");

        // 3 children in the 12 months of the year: 3 x 12 / 12 per 10,000 of 33,100
        assertThat(march.get("entering-care-rate")).containsEntry("numerator", 3).containsEntry("denominator", 33100)
                .containsEntry("value", 0.9);
        assertThat(period(march.get("entering-care-rate"))).containsEntry("basis", "PROJECTED_YEAR").containsEntry("from", "2020-04-01");
        // by the end of February, 2 in 11 months: 2 x 12 / 11 = 2.18, per 10,000 of 33,100 = 0.66
        assertThat(march.get("ceased-care-rate")).containsEntry("value", 0.9).containsEntry("previousValue", 0.7);
        // Gus, on 1 April 2021, in the year's first month: 1 x 12 per 10,000 of 33,100
        assertThat(measures("2021-04").get("entering-care-rate")).containsEntry("numerator", 1).containsEntry("value", 3.6);
    }

    @Test
    void theReasonsForCeasingCareAreBrokenDownAsTheReportGroupsThem() {
        Map<String, Object> reasons = measures("2021-03").get("ceased-care-reasons");

        assertThat(reasons).containsEntry("value", 3);
        assertThat(breakdown(reasons)).containsExactly(Map.entry("ADOPTED", 1), Map.entry("SPECIAL_GUARDIANSHIP_OR_RESIDENCE_ORDER", 0),
                Map.entry("RETURNED_HOME", 1), Map.entry("ADULTHOOD_OR_INDEPENDENCE", 1), Map.entry("OTHER", 0));
        assertThat(breakdown(inMonth(reasons))).as("in March, Cal").containsEntry("ADOPTED", 1).containsEntry("RETURNED_HOME", 0);
        assertThat(period(reasons)).containsEntry("basis", "YEAR_TO_DATE");
    }

    @Test
    void thePlacementsOfTheChildrenLookedAfterAreBrokenDownByTypeProviderAndTimeInPlacement() {
        Map<String, Map<String, Object>> march = measures("2021-03");

        // Ada in long-term foster care with the council's own carer, Ben in a private children's home, Eve with her aunt
        Map<String, Object> byType = march.get("cla-by-placement-type");
        assertThat(byType).containsEntry("value", 3);
        assertThat(breakdown(byType)).hasSize(PlacementType.values().length).containsEntry("U4", 1).containsEntry("K2", 1)
                .containsEntry("U3", 1).containsEntry("U6", 0).containsEntry("A5", 0);
        assertThat(breakdown(march.get("cla-by-placement-provider"))).containsExactly(Map.entry("PR0", 0), Map.entry("PR1", 2),
                Map.entry("PR2", 0), Map.entry("PR3", 0), Map.entry("PR4", 1), Map.entry("PR5", 0));
        assertThat(breakdown(march.get("cla-by-time-in-placement"))).containsExactly(Map.entry("0-3 months", 2),
                Map.entry("3-6 months", 0), Map.entry("6-11 months", 0), Map.entry("1-2 years", 1), Map.entry("over 2 years", 0));
        assertThat(period(march.get("cla-by-time-in-placement"))).containsEntry("basis", "SNAPSHOT");
        // at the end of February: Ada, Cal placed for adoption with her foster carer, Eve in foster care
        assertThat(breakdown(measures("2021-02").get("cla-by-placement-type"))).containsEntry("U4", 1).containsEntry("A5", 1)
                .containsEntry("U6", 1).containsEntry("K2", 0);
        assertThat(march.get("cla-count")).containsEntry("breakdown", null);
    }

    @Test
    void visitsAndReviewsAreCountedAsTheyFellDueInTheMonth() {
        Map<String, Map<String, Object>> march = measures("2021-03");

        // due in March: Cal's on the 24th, not made before she was adopted on the 31st; Eve's on the 17th, a week after
        // her move, made that day. Ada's is due in April, and Eve's visit due 1 April from February's fell due in the
        // placement she left, so not at all
        Map<String, Object> visits = march.get("cla-visits-in-timescale");
        assertThat(visits).containsEntry("numerator", 1).containsEntry("denominator", 2).containsEntry("value", 50.0)
                .containsEntry("previousValue", 100.0);
        assertThat(period(visits)).containsEntry("basis", "MONTH").containsEntry("from", "2021-03-01").containsEntry("to", "2021-03-31");
        // in April: Ada's due on the 15th and Eve's on the 28th not made, Ben's on the 7th made the day before, Gus's
        // first on the 8th not made
        assertThat(measures("2021-04").get("cla-visits-in-timescale")).containsEntry("numerator", 1).containsEntry("denominator", 4);
        // reviews due in March: Ada's fifth, due on the 10th, held on the 8th; in February, Eve's first, held two days late
        Map<String, Object> reviews = march.get("cla-reviews-in-timescale");
        assertThat(reviews).containsEntry("numerator", 1).containsEntry("denominator", 1).containsEntry("value", 100.0)
                .containsEntry("previousValue", 0.0);
        assertThat(period(reviews)).containsEntry("basis", "MONTH");
        // in April, Ben's first review, due on the 30th, not held; Dee's (short breaks only) are another regime's
        assertThat(measures("2021-04").get("cla-reviews-in-timescale")).containsEntry("numerator", 0).containsEntry("denominator", 1)
                .containsEntry("rag", null);
    }

    @Test
    void childrenLookedAfterAreChildrenInNeedAndTheirReferralStaysOpenWhileTheyAreInCare() {
        assertThat(socialCare.childrenInNeedOn(LocalDate.of(2021, 3, 31))).contains("C5500001", "C5500002", "C5500004", "C5500005")
                .doesNotContain("C5500003", "C5500006", "C5500007");
        assertThat(socialCare.childrenInNeedOn(LocalDate.of(2021, 3, 30))).as("Cal until she was adopted").contains("C5500003");
    }

    @Test
    void whatHappenedInAPeriodOfCareNeverStartedIsSetAsideNotLost() {
        for (JourneyEvent event : forPeriodsNeverStarted) {
            assertThat(jdbc.sql("select count(*) from feed_quarantine where event_id = :id").param("id", event.eventId())
                    .query(Long.class).single()).as(event.type()).isEqualTo(1);
        }
        assertThat(jdbc.sql("select count(*) from cla_visit_fact where cla_period_id = 'LAC-559999'").query(Long.class).single()).isZero();
    }

    @Test
    void replayingTheFeedChangesNoMeasure() {
        Map<String, Map<String, Object>> before = measures("2021-03");

        consumer.replayFromTheStart();
        consumer.catchUp();

        assertThat(measures("2021-03")).isEqualTo(before);
        assertThat(count("cla_period_fact")).isEqualTo(8);
        assertThat(count("cla_placement_fact")).isEqualTo(10);
        assertThat(count("cla_visit_fact")).isEqualTo(7);
        assertThat(count("cla_visit_due_fact")).isEqualTo(7);
        assertThat(count("cla_review_fact")).isEqualTo(6);
    }

    /** This test's rows of a table keyed to a period of care: the other tests sharing the database have periods of their own. */
    private long count(String table) {
        return jdbc.sql("select count(*) from " + table + " where cla_period_id like 'LAC-55%'").query(Long.class).single();
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

    private static Map<String, Object> inMonth(Map<String, Object> measure) {
        return (Map<String, Object>) measure.get("inMonth");
    }

    private static Map<String, Object> breakdown(Map<String, Object> measure) {
        return (Map<String, Object>) measure.get("breakdown");
    }
}
