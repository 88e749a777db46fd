package org.caseflow.kpi.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caseflow.kpi.KpiIntegrationTest;
import org.caseflow.support.feed.JourneyFeedConsumer;
import org.caseflow.testsupport.FeedStub;
import org.caseflow.testsupport.Journeys;
import org.junit.jupiter.api.BeforeEach;
import org.caseflow.testsupport.TestIdentity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Measures computed from facts the feed delivered, through the API. Financial year 2025-26; the
 * demo population of 33,100 children.
 */
@KpiIntegrationTest
class MeasuresApiTest {

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
    void publishTheYearOnce() {
        if (published) {
            return;
        }
        published = true;
        // Amy: referred in January 2025 and again in December 2025, within 12 months: a re-referral
        Journeys amy = Journeys.of(feed, "C3000001", "CON-300001");
        amy.contactReceived(LocalDateTime.of(2025, 1, 14, 9, 0), LocalDate.of(2025, 1, 15), "Amy", "Jones");
        amy.contactDecided("REFERRAL", LocalDate.of(2025, 1, 15), LocalDate.of(2025, 1, 15));
        amy.referralReceived("REF-300001", LocalDate.of(2025, 1, 15), LocalDate.of(2025, 3, 20));
        Journeys amyAgain = Journeys.of(feed, "C3000001", "CON-300002");
        amyAgain.contactReceived(LocalDateTime.of(2025, 12, 19, 10, 30), LocalDate.of(2025, 12, 22), "Amy", "Jones");
        amyAgain.contactDecided("REFERRAL", LocalDate.of(2025, 12, 22), LocalDate.of(2025, 12, 22));
        amyAgain.referralReceived("REF-300002", LocalDate.of(2025, 12, 22), LocalDate.of(2026, 2, 26));
        amyAgain.assessmentCompleted(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 26), "CHILD_IN_NEED_PLAN", LocalDate.of(2026, 2, 26));
        // Ben: referred in November 2024 and December 2025, more than 12 months apart: not a re-referral
        Journeys ben = Journeys.of(feed, "C3000002", "CON-300003");
        ben.contactReceived(LocalDateTime.of(2024, 11, 1, 9, 0), LocalDate.of(2024, 11, 4), "Ben", "Smith");
        ben.contactDecided("REFERRAL", LocalDate.of(2024, 11, 1), LocalDate.of(2024, 11, 4));
        ben.referralReceived("REF-300003", LocalDate.of(2024, 11, 1), LocalDate.of(2025, 1, 10));
        Journeys benAgain = Journeys.of(feed, "C3000002", "CON-300004");
        benAgain.contactReceived(LocalDateTime.of(2025, 12, 10, 9, 0), LocalDate.of(2025, 12, 11), "Ben", "Smith");
        benAgain.contactDecided("REFERRAL", LocalDate.of(2025, 12, 10), LocalDate.of(2025, 12, 11));
        benAgain.referralReceived("REF-300004", LocalDate.of(2025, 12, 10), LocalDate.of(2026, 2, 16));
        // authorised on working day 46: one day late
        benAgain.assessmentCompleted(LocalDate.of(2025, 12, 15), LocalDate.of(2026, 2, 17), "NO_FURTHER_ACTION", LocalDate.of(2026, 2, 16));
        // Cara: Early Help in December; Dan: contact in December not yet decided
        Journeys cara = Journeys.of(feed, "C3000003", "CON-300005");
        cara.contactReceived(LocalDateTime.of(2025, 12, 2, 11, 0), LocalDate.of(2025, 12, 3), "Cara", "Lee");
        cara.contactDecided("EARLY_HELP", LocalDate.of(2025, 12, 3), LocalDate.of(2025, 12, 3));
        Journeys dan = Journeys.of(feed, "C3000004", "CON-300006");
        dan.contactReceived(LocalDateTime.of(2025, 12, 31, 23, 30), LocalDate.of(2026, 1, 2), "Dan", "Ward");
        consumer.catchUp();
    }

    @Test
    void december2025CountsItsContactsAndReferrals() {
        Map<String, Map<String, Object>> december = measures("2025-12");

        assertThat(december.get("contacts")).containsEntry("value", 4).containsEntry("numerator", 4);
        // 1 Early Help of the 3 December contacts that have an outcome; Dan's is undecided
        assertThat(december.get("contacts-to-early-help")).containsEntry("value", 33.3)
                .containsEntry("numerator", 1).containsEntry("denominator", 3);
        assertThat(december.get("referrals")).containsEntry("value", 2);
        // Amy's and Ben's December contacts were decided as referrals, Cara's as Early Help; Dan's is undecided
        assertThat(december.get("contacts-to-referral")).containsEntry("value", 66.7)
                .containsEntry("numerator", 2).containsEntry("denominator", 3);
    }

    @Test
    void theReferralRateIsProjectedFromTheYearToDate() {
        Map<String, Object> rate = measures("2025-12").get("referral-rate");

        // 2 referrals 1 April-31 December 2025 (9 months), per 10,000 of 33,100: 2 x 12 / 9 / 33100 x 10000 = 0.806
        assertThat(rate).containsEntry("value", 0.8).containsEntry("shown", 1).containsEntry("numerator", 2)
                .containsEntry("denominator", 33100);
        assertThat((Map<String, Object>) rate.get("period")).containsEntry("from", "2025-04-01").containsEntry("basis", "PROJECTED_YEAR")
                .containsEntry("projection", "MONTHS");
    }

    @Test
    void theReportsProjectionIsTheDefaultAndDaysMayBeAskedFor() {
        Map<String, Object> byMonths = identity.as(http, "performance").getForObject("/api/kpi/measures?month=2025-12", Map.class);
        Map<String, Object> byDays = identity.as(http, "performance")
                .getForObject("/api/kpi/measures?month=2025-12&projection=DAYS", Map.class);

        assertThat((Map<String, Object>) byMonths.get("projection")).containsEntry("method", "MONTHS")
                .hasEntrySatisfying("description", description -> assertThat((String) description).contains("12", "months elapsed"));
        assertThat((Map<String, Object>) byDays.get("projection")).containsEntry("method", "DAYS")
                .hasEntrySatisfying("description", description -> assertThat((String) description).contains("days elapsed"));
        for (String projected : List.of("referral-rate", "entering-care-rate", "ceased-care-rate")) {
            assertThat((Map<String, Object>) byId(byDays).get(projected).get("period")).as(projected).containsEntry("projection", "DAYS");
        }
        assertThat((Map<String, Object>) byId(byDays).get("referrals").get("period")).as("a count is not projected")
                .doesNotContainKey("projection");
        assertThat(identity.as(http, "performance").getForEntity("/api/kpi/measures?month=2025-12&projection=WEEKS", Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void theMeasuresRatedByTheirMilestonesSaySo() {
        Map<String, Map<String, Object>> december = measures("2025-12");

        // the demo's milestones are the reference report's, for 2023-24: none for 2025-26, so no rating
        for (String id : List.of("all-open-cases", "entering-care", "ceased-care")) {
            assertThat(december.get(id)).as(id).containsEntry("ratedAgainst", "MILESTONES").containsEntry("ratingTarget", null)
                    .containsEntry("rag", null);
        }
        assertThat(december.get("referrals")).containsEntry("ratedAgainst", "TARGET").containsEntry("ratingTarget", 185);
    }

    @Test
    void aReferralWithinTwelveMonthsOfTheLastIsAReReferral() {
        Map<String, Object> reReferrals = measures("2025-12").get("re-referral-rate");

        assertThat(reReferrals).containsEntry("numerator", 1).containsEntry("denominator", 2).containsEntry("value", 50.0);
    }

    @Test
    void theMonthAnAssessmentIsAuthorisedCountsItInOrOutOfTimescale() {
        Map<String, Object> february = measures("2026-02").get("assessments-in-timescale");

        // Amy's on working day 45 (in time), Ben's on working day 46 (late)
        assertThat(february).containsEntry("numerator", 1).containsEntry("denominator", 2).containsEntry("value", 50.0)
                .containsEntry("rag", "RED");
        assertThat((Map<String, Object>) february.get("inMonth")).containsEntry("numerator", 1).containsEntry("denominator", 2);
        assertThat((Map<String, Object>) measures("2026-01").get("assessments-in-timescale"))
                .containsEntry("denominator", 0).containsEntry("value", null);
    }

    @Test
    void eachMeasureSaysWhatItIsAndHowItMoved() {
        Map<String, Object> referrals = measures("2025-12").get("referrals");

        assertThat(referrals).containsKeys("definition", "target", "rag", "previousValue", "directionOfTravel");
        assertThat(referrals).containsEntry("previousValue", 0).containsEntry("target", 185);
        assertThat((Map<String, Object>) referrals.get("directionOfTravel")).containsEntry("movement", "UP")
                .containsEntry("judgement", "WORSE");
    }

    @Test
    void theChildProtectionMeasuresAreListedInReportOrder() {
        Map<String, Object> body = identity.as(http, "performance").getForObject("/api/kpi/measures?month=2025-12", Map.class);
        List<Map<String, Object>> listed = (List<Map<String, Object>>) body.get("measures");

        assertThat(listed).extracting(measure -> measure.get("id")).containsSubsequence("cp-count", "cp-rate", "s47-enquiries",
                "icpcs-held", "icpc-in-timescale", "cp-plans-started", "cp-plans-ended", "cp-visits-in-timescale",
                "cp-reviews-in-timescale", "cp-repeat-plans", "cp-repeat-plans-2-years", "cp-plans-ended-2-years", "cp-over-2-years");
        assertThat((List<String>) body.get("notYetMeasured"))
                .doesNotContain("cp-count", "icpc-in-timescale", "cp-visits-in-timescale", "cp-reviews-in-timescale");
        Map<String, Map<String, Object>> december = measures("2025-12");
        assertThat((Map<String, Object>) december.get("cp-visits-in-timescale").get("period"))
                .containsEntry("from", "2025-12-31").containsEntry("to", "2025-12-31").containsEntry("basis", "SNAPSHOT");
        assertThat((Map<String, Object>) december.get("cp-plans-started").get("period"))
                .containsEntry("from", "2025-12-01").containsEntry("basis", "MONTH");
        assertThat((Map<String, Object>) december.get("cp-repeat-plans").get("period"))
                .containsEntry("from", "2025-04-01").containsEntry("basis", "YEAR_TO_DATE");
        assertThat(december.get("cp-repeat-plans")).containsKey("inMonth");
    }

    @Test
    void theChildInNeedAndEarlyHelpMeasuresAreListedInReportOrder() {
        Map<String, Object> body = identity.as(http, "performance").getForObject("/api/kpi/measures?month=2025-12", Map.class);
        List<Map<String, Object>> listed = (List<Map<String, Object>>) body.get("measures");

        assertThat(listed).extracting(measure -> measure.get("id")).containsSubsequence("cin-count", "cin-rate", "cin-plan-count",
                "cin-visits-in-timescale", "cp-count");
        assertThat(listed).extracting(measure -> measure.get("id")).containsSubsequence("early-help-open", "all-open-cases", "contacts",
                "referrals", "referral-rate", "contacts-to-early-help", "contacts-to-referral", "re-referral-rate",
                "assessments-in-timescale", "step-ups-to-social-care", "step-downs-to-early-help", "early-help-re-presentation-rate");
        assertThat((List<String>) body.get("notYetMeasured")).doesNotContain("cin-count", "cin-rate", "cin-visits-in-timescale",
                "early-help-open", "all-open-cases");
        Map<String, Map<String, Object>> december = measures("2025-12");
        for (String snapshot : List.of("cin-count", "cin-rate", "cin-plan-count", "cin-visits-in-timescale", "early-help-open",
                "all-open-cases")) {
            assertThat((Map<String, Object>) december.get(snapshot).get("period")).as(snapshot)
                    .containsEntry("from", "2025-12-31").containsEntry("to", "2025-12-31").containsEntry("basis", "SNAPSHOT");
        }
        for (String month : List.of("contacts-to-referral", "step-ups-to-social-care", "step-downs-to-early-help")) {
            assertThat((Map<String, Object>) december.get(month).get("period")).as(month)
                    .containsEntry("from", "2025-12-01").containsEntry("basis", "MONTH");
        }
        Map<String, Object> rePresentations = december.get("early-help-re-presentation-rate");
        assertThat((Map<String, Object>) rePresentations.get("period")).containsEntry("from", "2025-01-01")
                .containsEntry("to", "2025-12-31").containsEntry("basis", "ROLLING_12_MONTHS");
        assertThat((Map<String, Object>) ((Map<String, Object>) rePresentations.get("inMonth")).get("period"))
                .containsEntry("from", "2025-12-01").containsEntry("basis", "MONTH");
    }

    @Test
    void theLookedAfterMeasuresAreListedInReportOrderWithTheirPeriodsAndBreakdowns() {
        Map<String, Object> body = identity.as(http, "performance").getForObject("/api/kpi/measures?month=2025-12", Map.class);
        List<Map<String, Object>> listed = (List<Map<String, Object>>) body.get("measures");

        assertThat(listed).extracting(measure -> measure.get("id")).containsSubsequence("cla-count", "cla-rate",
                "cla-visits-in-timescale", "cla-reviews-in-timescale", "entering-care", "entering-care-rate", "ceased-care",
                "ceased-care-rate", "ceased-care-reasons", "cla-by-placement-type", "cla-by-placement-provider", "cla-by-time-in-placement");
        Map<String, Map<String, Object>> december = measures("2025-12");
        for (String snapshot : List.of("cla-count", "cla-rate", "cla-by-placement-type", "cla-by-placement-provider",
                "cla-by-time-in-placement")) {
            assertThat((Map<String, Object>) december.get(snapshot).get("period")).as(snapshot)
                    .containsEntry("from", "2025-12-31").containsEntry("to", "2025-12-31").containsEntry("basis", "SNAPSHOT");
        }
        for (String yearToDate : List.of("entering-care", "ceased-care", "ceased-care-reasons")) {
            assertThat((Map<String, Object>) december.get(yearToDate).get("period")).as(yearToDate)
                    .containsEntry("from", "2025-04-01").containsEntry("basis", "YEAR_TO_DATE");
            assertThat((Map<String, Object>) ((Map<String, Object>) december.get(yearToDate).get("inMonth")).get("period"))
                    .as(yearToDate).containsEntry("from", "2025-12-01").containsEntry("basis", "MONTH");
        }
        for (String inMonth : List.of("cla-visits-in-timescale", "cla-reviews-in-timescale")) {
            assertThat((Map<String, Object>) december.get(inMonth).get("period")).as(inMonth)
                    .containsEntry("from", "2025-12-01").containsEntry("to", "2025-12-31").containsEntry("basis", "MONTH");
        }
        for (String annualised : List.of("entering-care-rate", "ceased-care-rate")) {
            assertThat((Map<String, Object>) december.get(annualised).get("period")).as(annualised)
                    .containsEntry("from", "2025-04-01").containsEntry("to", "2025-12-31").containsEntry("basis", "PROJECTED_YEAR");
        }
        // every category shown, in the report's order, whether or not another test has a child looked after then; they
        // add up to the children looked after
        Map<String, Object> byTime = (Map<String, Object>) december.get("cla-by-time-in-placement").get("breakdown");
        assertThat(byTime).containsOnlyKeys("0-3 months", "3-6 months", "6-11 months", "1-2 years", "over 2 years");
        assertThat(byTime.values().stream().mapToInt(count -> (Integer) count).sum()).isEqualTo(december.get("cla-count").get("value"));
        assertThat((Map<String, Object>) december.get("ceased-care-reasons").get("breakdown")).hasSize(5);
        assertThat(december.get("referrals")).containsEntry("breakdown", null);
    }

    @Test
    void everyMeasureOfTheCatalogueIsMeasuredAndTheWorkforceOnesAreListedInReportOrder() {
        Map<String, Object> body = identity.as(http, "performance").getForObject("/api/kpi/measures?month=2025-12", Map.class);
        List<Map<String, Object>> listed = (List<Map<String, Object>>) body.get("measures");

        assertThat((List<String>) body.get("notYetMeasured")).isEmpty();
        assertThat(listed).extracting(measure -> measure.get("id")).endsWith("sw-caseload", "asye-caseload", "workers-over-25-cases",
                "workforce-permanent", "supervisions-in-timescale", "supervisions-assessment-safeguarding", "supervisions-children-in-care",
                "supervisions-childrens-disability", "supervisions-new-futures", "fostering-dbs-in-house", "fostering-dbs-kinship",
                "carer-supervision-in-house", "carer-supervision-kinship", "carer-workers-supervision-in-house",
                "carer-workers-supervision-kinship");
        Map<String, Map<String, Object>> december = measures("2025-12");
        for (String snapshot : List.of("sw-caseload", "asye-caseload", "workers-over-25-cases", "workforce-permanent")) {
            assertThat((Map<String, Object>) december.get(snapshot).get("period")).as(snapshot)
                    .containsEntry("from", "2025-12-31").containsEntry("basis", "SNAPSHOT");
        }
        assertThat((Map<String, Object>) december.get("supervisions-children-in-care").get("period"))
                .containsEntry("from", "2025-12-01").containsEntry("basis", "MONTH");
        for (String snapshot : List.of("fostering-dbs-in-house", "fostering-dbs-kinship")) {
            assertThat((Map<String, Object>) december.get(snapshot).get("period")).as(snapshot)
                    .containsEntry("from", "2025-12-31").containsEntry("basis", "SNAPSHOT");
        }
        for (String inMonth : List.of("carer-supervision-in-house", "carer-supervision-kinship", "carer-workers-supervision-in-house",
                "carer-workers-supervision-kinship")) {
            assertThat((Map<String, Object>) december.get(inMonth).get("period")).as(inMonth)
                    .containsEntry("from", "2025-12-01").containsEntry("to", "2025-12-31").containsEntry("basis", "MONTH");
        }
        assertThat((List<Map<String, Object>>) december.get("sw-caseload").get("milestones"))
                .containsExactly(Map.of("month", "2023-09", "target", 16), Map.of("month", "2024-03", "target", 16));
        assertThat((List<Map<String, Object>>) december.get("cla-count").get("milestones")).as("the report sets none").isEmpty();
    }

    @Test
    void replayingTheFeedChangesNoMeasure() {
        Map<String, Map<String, Object>> before = measures("2025-12");

        consumer.replayFromTheStart();
        consumer.catchUp();

        assertThat(measures("2025-12")).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-13", "December", "2099-01", "2017-12"})
    void aMonthThatCannotBeReportedIsAProblem(String month) {
        ResponseEntity<Map> response = identity.as(http, "performance").getForEntity("/api/kpi/measures?month=" + month, Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
    }

    private static Map<String, Map<String, Object>> byId(Map<String, Object> body) {
        Map<String, Map<String, Object>> byId = new LinkedHashMap<>();
        for (Map<String, Object> measure : (List<Map<String, Object>>) body.get("measures")) {
            byId.put((String) measure.get("id"), measure);
        }
        return byId;
    }

    private Map<String, Map<String, Object>> measures(String month) {
        Map<String, Object> body = identity.as(http, "performance").getForObject("/api/kpi/measures?month=" + month, Map.class);
        assertThat(body).containsEntry("month", month).containsKey("population");
        Map<String, Map<String, Object>> byId = new LinkedHashMap<>();
        for (Map<String, Object> measure : (List<Map<String, Object>>) body.get("measures")) {
            byId.put((String) measure.get("id"), measure);
        }
        return byId;
    }
}
