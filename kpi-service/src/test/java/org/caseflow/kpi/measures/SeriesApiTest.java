package org.caseflow.kpi.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.caseflow.kpi.KpiIntegrationTest;
import org.caseflow.support.feed.JourneyFeedConsumer;
import org.caseflow.testsupport.FeedStub;
import org.caseflow.testsupport.Journeys;
import org.caseflow.testsupport.TestIdentity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * {@code GET /api/kpi/measures/{id}/series}: a measure month by month, each month as that month's report gives it.
 * Two referrals in May 2021 and one in June, months no other test reports on.
 */
@KpiIntegrationTest
class SeriesApiTest {

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
        referral("C6100001", "CON-610001", "REF-610001", LocalDate.of(2021, 5, 4));
        referral("C6100002", "CON-610002", "REF-610002", LocalDate.of(2021, 5, 20));
        referral("C6100003", "CON-610003", "REF-610003", LocalDate.of(2021, 6, 8));
        consumer.catchUp();
    }

    @Test
    void eachMonthIsCountedAndComparedWithTheMonthBefore() {
        Map<String, Object> series = get("/api/kpi/measures/referrals/series?from=2021-04&to=2021-07");

        assertThat(series).containsEntry("id", "referrals").containsEntry("from", "2021-04").containsEntry("to", "2021-07")
                .containsEntry("unit", "COUNT");
        List<Map<String, Object>> points = (List<Map<String, Object>>) series.get("points");
        assertThat(points).extracting(point -> point.get("month")).containsExactly("2021-04", "2021-05", "2021-06", "2021-07");
        assertThat(points).extracting(point -> point.get("value")).containsExactly(0, 2, 1, 0);
        assertThat((Map<String, Object>) points.get(2).get("directionOfTravel")).containsEntry("movement", "DOWN")
                .containsEntry("judgement", "BETTER");
    }

    @Test
    void everyPointIsWhatThatMonthsReportSays() {
        List<Map<String, Object>> points = (List<Map<String, Object>>) get(
                "/api/kpi/measures/referral-rate/series?from=2021-04&to=2021-07").get("points");

        for (Map<String, Object> point : points) {
            Map<String, Object> report = get("/api/kpi/measures?month=" + point.get("month"));
            Map<String, Object> measure = ((List<Map<String, Object>>) report.get("measures")).stream()
                    .filter(m -> m.get("id").equals("referral-rate")).findFirst().orElseThrow();
            for (String field : List.of("value", "shown", "numerator", "denominator", "period", "rag", "ratingTarget",
                    "directionOfTravel")) {
                assertThat(point.get(field)).as(point.get("month") + " " + field).isEqualTo(measure.get(field));
            }
        }
        assertThat(points.get(2)).containsEntry("numerator", 3);
    }

    @Test
    void withoutARangeItIsTheTwelveMonthsToTheMonthInProgress() {
        List<Map<String, Object>> points = (List<Map<String, Object>>) get("/api/kpi/measures/contacts/series").get("points");

        YearMonth now = YearMonth.now(org.caseflow.journey.events.BusinessDates.LONDON);
        assertThat(points).hasSize(12);
        assertThat(points.get(11)).containsEntry("month", now.toString());
        assertThat(points.get(0)).containsEntry("month", now.minusMonths(11).toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "inverted,           from=2021-07&to=2021-04, invalid-range",
            "over five years,    from=2019-01&to=2024-01, invalid-range",
            "not a month,        from=2021-13&to=2021-04, invalid-input",
            "not yet started,    from=2021-01&to=2999-01, invalid-month",
            "before the calendar, from=2017-01&to=2017-06, invalid-month"})
    void aRangeThatCannotBeChartedIsAProblem(String why, String range, String type) {
        ResponseEntity<Map> response = identity.as(http, "performance").getForEntity("/api/kpi/measures/referrals/series?" + range, Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        if (!type.equals("invalid-input")) {
            assertThat((String) response.getBody().get("type")).endsWith("/" + type);
        }
    }

    @Test
    void anUnknownMeasureIsNotFound() {
        ResponseEntity<Map> response = identity.as(http, "performance")
                .getForEntity("/api/kpi/measures/no-such-measure/series?from=2021-04&to=2021-07", Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat((String) response.getBody().get("type")).endsWith("/measure-not-found");
    }

    private Map<String, Object> get(String path) {
        ResponseEntity<Map> response = identity.as(http, "north.worker").getForEntity(path, Map.class);
        assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private void referral(String child, String contact, String referral, LocalDate on) {
        Journeys journey = Journeys.of(feed, child, contact);
        journey.contactReceived(on.atTime(9, 0), on.plusDays(1), "Series", "Child");
        journey.contactDecided("REFERRAL", on, on.plusDays(1));
        journey.referralReceived(referral, on, on.plusDays(63));
    }
}
