package org.caseflow.kpi.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caseflow.testsupport.TestIdentity;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * What the report for a month must show, read from the JSON endpoint {@code /api/kpi/measures} for the month, the two
 * months before it and the month after (the latest), so that the page and the downloads are checked against the API
 * rather than against figures written into the test.
 */
final class ExpectedReport {

    final YearMonth month;
    final Map<String, Object> body;
    final Map<String, Map<String, Object>> measures;
    final Map<String, Map<String, Object>> monthBefore;
    final Map<String, Map<String, Object>> twoMonthsBefore;
    final Map<String, Map<String, Object>> latest;

    private ExpectedReport(YearMonth month, Map<String, Object> body, Map<String, Map<String, Object>> monthBefore,
            Map<String, Map<String, Object>> twoMonthsBefore, Map<String, Map<String, Object>> latest) {
        this.month = month;
        this.body = body;
        this.measures = byId(body);
        this.monthBefore = monthBefore;
        this.twoMonthsBefore = twoMonthsBefore;
        this.latest = latest;
    }

    static ExpectedReport read(TestRestTemplate http, TestIdentity identity, YearMonth month) {
        TestRestTemplate performance = identity.as(http, "performance");
        return new ExpectedReport(month, get(performance, month), byId(get(performance, month.minusMonths(1))),
                byId(get(performance, month.minusMonths(2))), byId(get(performance, month.plusMonths(1))));
    }

    Map<String, Object> population() {
        return (Map<String, Object>) body.get("population");
    }

    /** The direction of travel in the words the report uses. */
    static String words(Map<String, Object> directionOfTravel) {
        if (directionOfTravel == null) {
            return null;
        }
        String movement = switch ((String) directionOfTravel.get("movement")) {
            case "UP" -> "Up";
            case "DOWN" -> "Down";
            default -> "No change";
        };
        Object judgement = directionOfTravel.get("judgement");
        return judgement == null || judgement.equals("SAME") ? movement : movement + ", " + (judgement.equals("BETTER") ? "better" : "worse");
    }

    static BigDecimal milestone(Map<String, Object> measure, YearMonth month) {
        return ((List<Map<String, Object>>) measure.get("milestones")).stream()
                .filter(milestone -> milestone.get("month").equals(month.toString()))
                .map(milestone -> number(milestone.get("target"))).findFirst().orElse(null);
    }

    static BigDecimal number(Object json) {
        return json == null ? null : new BigDecimal(json.toString());
    }

    /** A number read back from a download or a page equals the JSON's, as a number. */
    static void assertSameNumber(String what, BigDecimal actual, Object json) {
        if (json == null) {
            assertThat(actual).as(what).isNull();
        } else {
            assertThat(actual).as(what).isNotNull();
            assertThat(actual).as(what).isEqualByComparingTo(number(json));
        }
    }

    private static Map<String, Object> get(TestRestTemplate performance, YearMonth month) {
        return performance.getForObject("/api/kpi/measures?month=" + month, Map.class);
    }

    private static Map<String, Map<String, Object>> byId(Map<String, Object> body) {
        Map<String, Map<String, Object>> byId = new LinkedHashMap<>();
        for (Map<String, Object> measure : (List<Map<String, Object>>) body.get("measures")) {
            byId.put((String) measure.get("id"), measure);
        }
        return byId;
    }
}
