package org.caseflow.kpi.cpplans;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caseflow.journey.events.JourneyEvent;
import org.caseflow.journey.events.childprotection.IcpcDecision;
import org.caseflow.journey.events.childprotection.PlanEndReason;
import org.caseflow.journey.events.childprotection.StrategyDecision;
import org.caseflow.kpi.KpiIntegrationTest;
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
 * The child protection measures computed from events the feed delivered, through the API, for
 * February 2024 (a leap February: the reporting date is the 29th; financial year 2023-24, which no
 * other test reports on). Only this test publishes child protection events, so the snapshots at its
 * reporting dates hold its plans alone.
 *
 * <p>On 29 February 2024: Amy's second plan starts (a repeat within 2 years) after a conference on
 * working day 15; Ben's plan of two years ends that day; Cara's and Eve's plans carry on, Cara's first
 * review late and her last visit in which she was seen overdue; Gus has been on his plan for just over
 * 2 years; Finn's conference was on working day 16 and gave him no plan.
 */
@KpiIntegrationTest
class ChildProtectionMeasuresTest {

    private static JourneyEvent endOfAPlanNeverStarted;

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
        if (endOfAPlanNeverStarted != null) {
            return;
        }
        // Amy: a first plan ended in May 2023; a strategy discussion on Monday 5 February 2024 starts an
        // enquiry, its conference is held on working day 15 (Monday 26 February), and her second plan starts
        ChildProtectionJourney amyBefore = ChildProtectionJourney.of(feed, "C5300001", "CON-530001", "REF-530000");
        amyBefore.planStarted("CPP-530001", LocalDate.of(2022, 1, 10), LocalDate.of(2022, 1, 24));
        amyBefore.planEnded("CPP-530001", LocalDate.of(2023, 5, 15), LocalDate.of(2023, 7, 10), PlanEndReason.STEP_DOWN_TO_CHILD_IN_NEED);
        Journeys.of(feed, "C5300001", "CON-530002").referralReceived("REF-530001", LocalDate.of(2024, 2, 5), LocalDate.of(2024, 4, 10));
        ChildProtectionJourney amy = ChildProtectionJourney.of(feed, "C5300001", "CON-530002", "REF-530001");
        amy.strategyDiscussion(LocalDate.of(2024, 2, 5), StrategyDecision.SECTION_47);
        amy.section47Completed(LocalDate.of(2024, 2, 5), LocalDate.of(2024, 2, 16), LocalDate.of(2024, 2, 26));
        amy.initialConference(LocalDate.of(2024, 2, 5), LocalDate.of(2024, 2, 26), LocalDate.of(2024, 2, 26), IcpcDecision.CHILD_PROTECTION_PLAN);
        amy.planStarted("CPP-530002", LocalDate.of(2024, 2, 26), LocalDate.of(2024, 3, 11));

        // Ben: on a plan from 14 February 2022, every review on time, ended on the reporting date itself
        ChildProtectionJourney ben = ChildProtectionJourney.of(feed, "C5300002", "CON-530003", "REF-530002");
        ben.planStarted("CPP-530003", LocalDate.of(2022, 2, 14), LocalDate.of(2022, 2, 28));
        ben.review("CPP-530003", LocalDate.of(2022, 5, 12), LocalDate.of(2022, 5, 14));
        ben.review("CPP-530003", LocalDate.of(2022, 11, 10), LocalDate.of(2022, 11, 12));
        ben.review("CPP-530003", LocalDate.of(2023, 5, 5), LocalDate.of(2023, 5, 10));
        ben.review("CPP-530003", LocalDate.of(2023, 11, 3), LocalDate.of(2023, 11, 5));
        ben.planEnded("CPP-530003", LocalDate.of(2024, 2, 29), LocalDate.of(2024, 5, 3), PlanEndReason.NO_FURTHER_ACTION);

        // Cara: first review due 20 February, held on the 22nd; seen on 9 February (next due the 23rd),
        // then visited on the 27th without being seen, though the journey started its clock again from that
        ChildProtectionJourney cara = ChildProtectionJourney.of(feed, "C5300003", "CON-530004", "REF-530003");
        cara.planStarted("CPP-530004", LocalDate.of(2023, 11, 20), LocalDate.of(2023, 12, 4));
        cara.review("CPP-530004", LocalDate.of(2024, 2, 22), LocalDate.of(2024, 2, 20));
        cara.visit("CPP-530004", LocalDate.of(2024, 2, 9), LocalDate.of(2024, 2, 12), true, LocalDate.of(2024, 2, 23));
        cara.visit("CPP-530004", LocalDate.of(2024, 2, 27), LocalDate.of(2024, 2, 23), false, LocalDate.of(2024, 3, 12));

        // Eve: a plan ended in 2020, a second from 30 November 2023 whose first review is due on 29 February
        ChildProtectionJourney eve = ChildProtectionJourney.of(feed, "C5300005", "CON-530005", "REF-530005");
        eve.planStarted("CPP-530005", LocalDate.of(2019, 3, 1), LocalDate.of(2019, 3, 15));
        eve.planEnded("CPP-530005", LocalDate.of(2020, 6, 1), LocalDate.of(2020, 6, 1), PlanEndReason.STEP_DOWN_TO_EARLY_HELP);
        eve.planStarted("CPP-530006", LocalDate.of(2023, 11, 30), LocalDate.of(2023, 12, 14));
        eve.visit("CPP-530006", LocalDate.of(2024, 2, 22), LocalDate.of(2024, 2, 23), true, LocalDate.of(2024, 3, 7));

        // Gus: on a plan since 28 February 2022, every review on time, seen on 16 February
        ChildProtectionJourney gus = ChildProtectionJourney.of(feed, "C5300006", "CON-530006", "REF-530006");
        gus.planStarted("CPP-530007", LocalDate.of(2022, 2, 28), LocalDate.of(2022, 3, 14));
        gus.review("CPP-530007", LocalDate.of(2022, 5, 27), LocalDate.of(2022, 5, 28));
        gus.review("CPP-530007", LocalDate.of(2022, 11, 25), LocalDate.of(2022, 11, 27));
        gus.review("CPP-530007", LocalDate.of(2023, 5, 25), LocalDate.of(2023, 5, 25));
        gus.review("CPP-530007", LocalDate.of(2023, 11, 24), LocalDate.of(2023, 11, 25));
        gus.visit("CPP-530007", LocalDate.of(2024, 2, 16), LocalDate.of(2024, 2, 19), true, LocalDate.of(2024, 3, 1));

        // Finn: a strategy discussion on Friday 12 January; his conference on Monday 5 February is working day 16
        Journeys.of(feed, "C5300004", "CON-530007").referralReceived("REF-530004", LocalDate.of(2024, 1, 12), LocalDate.of(2024, 3, 18));
        ChildProtectionJourney finn = ChildProtectionJourney.of(feed, "C5300004", "CON-530007", "REF-530004");
        finn.strategyDiscussion(LocalDate.of(2024, 1, 12), StrategyDecision.SECTION_47);
        finn.section47Completed(LocalDate.of(2024, 1, 12), LocalDate.of(2024, 1, 31), LocalDate.of(2024, 2, 2));
        finn.initialConference(LocalDate.of(2024, 1, 12), LocalDate.of(2024, 2, 5), LocalDate.of(2024, 2, 2), IcpcDecision.NO_PLAN_CHILD_IN_NEED);

        // Hal: a strategy discussion that starts no enquiry
        ChildProtectionJourney.of(feed, "C5300007", "CON-530008", "REF-530008")
                .strategyDiscussion(LocalDate.of(2024, 2, 20), StrategyDecision.NO_FURTHER_ACTION);

        // a review conference ending a plan this service never saw start
        endOfAPlanNeverStarted = ChildProtectionJourney.of(feed, "C5300009", "CON-530009", "REF-530009")
                .planEnded("CPP-539999", LocalDate.of(2024, 2, 14), LocalDate.of(2024, 2, 14), PlanEndReason.MOVED_AWAY);
        consumer.catchUp();
    }

    @Test
    void theMonthCountsItsEnquiriesConferencesAndPlansStartedAndEnded() {
        Map<String, Map<String, Object>> february = measures("2024-02");

        assertThat(february.get("s47-enquiries")).as("Amy's; Hal's discussion started none").containsEntry("value", 1);
        assertThat(february.get("icpcs-held")).containsEntry("value", 2);
        assertThat(february.get("cp-plans-started")).as("Amy's second").containsEntry("value", 1);
        assertThat(february.get("cp-plans-ended")).as("Ben's, on the 29th").containsEntry("value", 1);
        assertThat(measures("2024-01").get("s47-enquiries")).as("Finn's").containsEntry("value", 1);
    }

    @Test
    void aConferenceOnWorkingDaySixteenIsLate() {
        Map<String, Object> timeliness = measures("2024-02").get("icpc-in-timescale");

        assertThat(timeliness).containsEntry("numerator", 1).containsEntry("denominator", 2).containsEntry("value", 50.0)
                .containsEntry("rag", "AMBER");
        assertThat(period(timeliness)).containsEntry("basis", "MONTH").containsEntry("from", "2024-02-01");
    }

    @Test
    void theChildrenOnAPlanAreThoseWhosePlanIsOpenAtTheEndOfTheReportingDate() {
        Map<String, Map<String, Object>> february = measures("2024-02");

        // Amy, Cara, Eve and Gus; Ben's plan ended on the 29th. At the end of January: Ben, Cara, Eve and Gus
        assertThat(february.get("cp-count")).containsEntry("value", 4).containsEntry("previousValue", 4)
                .containsEntry("rag", "RED");
        assertThat(period(february.get("cp-count"))).containsEntry("basis", "SNAPSHOT").containsEntry("from", "2024-02-29")
                .containsEntry("to", "2024-02-29");
        // 4 per 10,000 of the demo population of 33,100
        assertThat(february.get("cp-rate")).containsEntry("numerator", 4).containsEntry("denominator", 33100)
                .containsEntry("value", 1.2);
        assertThat(february.get("cp-over-2-years")).as("Gus, from the day after 28 February").containsEntry("value", 1)
                .containsEntry("previousValue", 0);
    }

    @Test
    void visitsAndReviewsAreJudgedChildByChildAtTheReportingDate() {
        Map<String, Map<String, Object>> february = measures("2024-02");

        // Cara's last visit in which she was seen was due again on 23 February; Amy, Eve and Gus are not overdue
        assertThat(february.get("cp-visits-in-timescale")).containsEntry("numerator", 3).containsEntry("denominator", 4)
                .containsEntry("value", 75.0).containsEntry("rag", "RED");
        // Cara, Eve and Gus have been on their plans 3 months or more; Cara's review was late, Eve's is due today
        assertThat(february.get("cp-reviews-in-timescale")).containsEntry("numerator", 2).containsEntry("denominator", 3)
                .containsEntry("value", 66.7);
    }

    @Test
    void repeatPlansAndLongPlansAreCountedOverTheYearToDate() {
        Map<String, Map<String, Object>> february = measures("2024-02");

        // Cara's, Eve's and Amy's plans started in the year; Eve and Amy had one before, only Amy's within 2 years
        Map<String, Object> repeats = february.get("cp-repeat-plans");
        assertThat(repeats).containsEntry("numerator", 2).containsEntry("denominator", 3).containsEntry("value", 66.7);
        assertThat(period(repeats)).containsEntry("basis", "YEAR_TO_DATE").containsEntry("from", "2023-04-01");
        assertThat(inMonth(repeats)).containsEntry("numerator", 1).containsEntry("denominator", 1);
        assertThat(february.get("cp-repeat-plans-2-years")).containsEntry("numerator", 1).containsEntry("denominator", 3)
                .containsEntry("value", 33.3);
        // Amy's first plan ended in May after 16 months; Ben's ended after 2 years
        Map<String, Object> longPlans = february.get("cp-plans-ended-2-years");
        assertThat(longPlans).containsEntry("numerator", 1).containsEntry("denominator", 2).containsEntry("value", 50.0);
        assertThat(inMonth(longPlans)).containsEntry("numerator", 1).containsEntry("denominator", 1);
    }

    @Test
    void aReviewEndingAPlanNeverStartedIsSetAsideNotLost() {
        assertThat(jdbc.sql("select count(*) from feed_quarantine where event_id = :id").param("id", endOfAPlanNeverStarted.eventId())
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from cp_review_fact where cp_plan_id = 'CPP-539999'").query(Long.class).single()).isZero();
    }

    @Test
    void replayingTheFeedChangesNoMeasure() {
        Map<String, Map<String, Object>> before = measures("2024-02");

        consumer.replayFromTheStart();
        consumer.catchUp();

        assertThat(measures("2024-02")).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from cp_plan_fact where la_child_id like 'C53%'").query(Long.class).single()).isEqualTo(7);
        assertThat(jdbc.sql("select count(*) from section47_fact where la_child_id like 'C53%'").query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from cp_review_fact where la_child_id like 'C53%'").query(Long.class).single()).isEqualTo(12);
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
}
