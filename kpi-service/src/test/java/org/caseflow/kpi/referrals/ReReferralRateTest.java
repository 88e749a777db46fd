package org.caseflow.kpi.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.caseflow.kpi.KpiIntegrationTest;
import org.caseflow.support.feed.JourneyFeedConsumer;
import org.caseflow.testsupport.FeedStub;
import org.caseflow.testsupport.Journeys;
import org.caseflow.testsupport.TestIdentity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The re-referral rate read from the referral facts: the database is asked only for the children
 * referred in the period and their referrals back to where the rule looks, and nothing at the edges
 * of that narrowing may be lost. Financial year 2020-21, which no other test reports on.
 */
@KpiIntegrationTest
class ReReferralRateTest {

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
    void publishOnce() {
        if (published) {
            return;
        }
        published = true;
        // referred again 12 months to the day later, on the first day of the financial year: a re-referral
        referral("C5100001", "REF-510001", LocalDate.of(2019, 4, 1));
        referral("C5100001", "REF-510002", LocalDate.of(2020, 4, 1));
        // 12 months and a day: not a re-referral
        referral("C5100002", "REF-510003", LocalDate.of(2019, 3, 31));
        referral("C5100002", "REF-510004", LocalDate.of(2020, 4, 1));
        // the last day of the year before, then the last day of the month: a re-referral across financial years
        referral("C5100003", "REF-510005", LocalDate.of(2020, 3, 31));
        referral("C5100003", "REF-510006", LocalDate.of(2020, 4, 30));
        // referred only before the year, and only after April: neither is one of April's referrals
        referral("C5100004", "REF-510007", LocalDate.of(2019, 12, 2));
        referral("C5100005", "REF-510008", LocalDate.of(2020, 5, 1));
        consumer.catchUp();
    }

    @Test
    void theEdgesOfTheLookBackAndOfThePeriodAreKept() {
        Map<String, Object> april = reReferralRate("2020-04");

        assertThat(april).containsEntry("numerator", 2).containsEntry("denominator", 3).containsEntry("value", 66.7);
        assertThat((Map<String, Object>) april.get("inMonth")).containsEntry("numerator", 2).containsEntry("denominator", 3);
    }

    @Test
    void theYearToDateKeepsEarlierMonthsAndTheMonthAloneDoesNot() {
        Map<String, Object> may = reReferralRate("2020-05");

        assertThat(may).containsEntry("numerator", 2).containsEntry("denominator", 4).containsEntry("value", 50.0);
        assertThat((Map<String, Object>) may.get("inMonth")).containsEntry("numerator", 0).containsEntry("denominator", 1)
                .containsEntry("value", 0.0);
    }

    private void referral(String laChildId, String referralId, LocalDate referralDate) {
        Journeys.of(feed, laChildId, "CON-" + referralId.substring(4))
                .referralReceived(referralId, referralDate, referralDate.plusMonths(2));
    }

    private Map<String, Object> reReferralRate(String month) {
        Map<String, Object> body = identity.as(http, "performance").getForObject("/api/kpi/measures?month=" + month, Map.class);
        return ((List<Map<String, Object>>) body.get("measures")).stream()
                .filter(measure -> measure.get("id").equals("re-referral-rate")).findFirst().orElseThrow();
    }
}
