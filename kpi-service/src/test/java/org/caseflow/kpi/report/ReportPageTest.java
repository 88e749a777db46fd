package org.caseflow.kpi.report;

import org.caseflow.kpi.CaseRecordStub;
import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.kpi.report.ExpectedReport.assertSameNumber;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.caseflow.kpi.KpiIntegrationTest;
import org.caseflow.support.feed.JourneyFeedConsumer;
import org.caseflow.testsupport.FeedStub;
import org.caseflow.testsupport.Journeys;
import org.caseflow.testsupport.TestIdentity;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The report page ({@code /report?month=}) for November 2021, a month of known facts (four referrals in October and
 * November, whose children are children in need at the month's end, and milestones for all open cases in 2021-22),
 * read with an HTML parser: every value, badge, arrow and milestone against {@code /api/kpi/measures}, each chart
 * against {@code /api/kpi/measures/{id}/series}, and the basics of an accessible page. Then the drill-down: the figures
 * behind a value, and the children counted, for those who may see children, audited.
 */
@KpiIntegrationTest
class ReportPageTest {

    private static final YearMonth NOVEMBER_2021 = YearMonth.of(2021, 11);
    private static final List<String> CHILDREN = List.of("C6300001", "C6300002", "C6300003", "C6300004");
    private static boolean published;

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
    CaseRecordStub caseRecord;

    @BeforeEach
    void publishOnce() {
        // all open cases, fewer is better: 20 by September 2021 and 10 by March 2022
        setOpenCasesMilestones("""
                {"milestones": [{"month": "2021-09", "target": 20}, {"month": "2022-03", "target": 10}]}""");
        if (published) {
            return;
        }
        published = true;
        referral(CHILDREN.get(0), "CON-630001", "REF-630001", LocalDate.of(2021, 10, 5));
        referral(CHILDREN.get(1), "CON-630002", "REF-630002", LocalDate.of(2021, 10, 19));
        referral(CHILDREN.get(2), "CON-630003", "REF-630003", LocalDate.of(2021, 11, 2));
        referral(CHILDREN.get(3), "CON-630004", "REF-630004", LocalDate.of(2021, 11, 23));
        consumer.catchUp();
    }

    @AfterEach
    void putTheMilestonesBack() {
        setOpenCasesMilestones("""
                {"milestones": [{"month": "2023-09", "target": 1839}, {"month": "2024-03", "target": 1756}]}""");
    }

    @Test
    void everyValueBadgeArrowAndMilestoneIsTheApis() {
        ResponseEntity<String> response = identity.as(http, "performance").getForEntity("/report?month=2021-11", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("text/html");
        Document page = Jsoup.parse(response.getBody());
        ExpectedReport expected = ExpectedReport.read(http, identity, NOVEMBER_2021);

        assertThat(page.select("h1").text()).isEqualTo("Improvement-plan report: November 2021");
        assertThat(page.getElementById("reporting-date").text()).isEqualTo(expected.body.get("reportingDate"));
        assertThat(page.getElementById("financial-year").text()).isEqualTo(expected.body.get("financialYear"));
        assertThat(page.getElementById("population").text()).contains("33,100", (String) expected.population().get("source"));
        assertThat(page.getElementById("projection").attr("data-method")).isEqualTo("MONTHS");
        assertThat(page.getElementById("projection").text())
                .isEqualTo(((Map<String, Object>) expected.body.get("projection")).get("description"));
        assertThat(page.select("tr[data-measure]")).extracting(row -> row.attr("data-measure"))
                .containsExactlyElementsOf(expected.measures.keySet());

        for (Map.Entry<String, Map<String, Object>> entry : expected.measures.entrySet()) {
            String id = entry.getKey();
            Map<String, Object> measure = entry.getValue();
            Element row = page.getElementById("measure-" + id);
            assertThat(row.selectFirst("th[scope=row] .name").text()).as(id).isEqualTo(measure.get("name"));
            assertShown(id + " September", row.selectFirst("td.month[data-month=2021-09]"), expected.twoMonthsBefore.get(id));
            assertShown(id + " October", row.selectFirst("td.month[data-month=2021-10]"), expected.monthBefore.get(id));
            assertShown(id + " November", row.selectFirst("td.month[data-month=2021-11]"), measure);
            assertShown(id + " latest", row.selectFirst("td.latest[data-month=2021-12]"), expected.latest.get(id));
            assertThat(row.selectFirst("td.month[data-month=2021-11] a").attr("href")).as(id)
                    .isEqualTo("/report/measures/" + id + "?month=2021-11");

            Element badge = row.selectFirst("td.rating .rag");
            Object rag = measure.get("rag");
            assertThat(badge.attr("data-rag")).as(id + " RAG").isEqualTo(rag == null ? "" : rag);
            assertThat(badge.text()).as(id + " RAG in words").isEqualTo(rag == null ? "Not rated"
                    : Map.of("GREEN", "Green", "AMBER", "Amber", "RED", "Red").get(rag));
            assertThat(badge.attr("title")).as(id).isNotBlank();

            String target = row.selectFirst("td.target").text();
            if ("MILESTONES".equals(measure.get("ratedAgainst"))) {
                assertThat(target).as(id).startsWith("By milestones");
                if (measure.get("ratingTarget") != null) {
                    assertSameNumber(id + " rating target", number(target.replaceAll(".*: ([0-9.,]+) by now", "$1")), measure.get("ratingTarget"));
                }
            } else {
                assertSameNumber(id + " target", target.equals("None set") ? null : number(target), measure.get("target"));
            }
            assertTolerance(id, row.selectFirst("td.tolerance").text(), measure);

            Map<String, Object> direction = (Map<String, Object>) measure.get("directionOfTravel");
            Element arrow = row.selectFirst("td.direction .dot");
            if (direction == null) {
                assertThat(arrow.text()).as(id).isEqualTo("No comparison");
            } else {
                assertThat(arrow.attr("data-movement")).as(id + " movement").isEqualTo(direction.get("movement"));
                assertThat(arrow.attr("data-judgement")).as(id + " judgement")
                        .isEqualTo(direction.get("judgement") == null ? "" : direction.get("judgement"));
                assertThat(arrow.selectFirst(".words").text()).as(id).isEqualTo(ExpectedReport.words(direction));
                assertThat(arrow.selectFirst(".arrow").attr("aria-hidden")).isEqualTo("true");
                assertThat(arrow.selectFirst(".arrow").text()).as(id)
                        .isEqualTo(Map.of("UP", "\u2191", "DOWN", "\u2193", "SAME", "\u2192").get(direction.get("movement")));
            }
            assertMilestone(id + " September", row.selectFirst("td.september").text(), ExpectedReport.milestone(measure, YearMonth.of(2021, 9)));
            assertMilestone(id + " March", row.selectFirst("td.march").text(), ExpectedReport.milestone(measure, YearMonth.of(2022, 3)));
        }
        // the month of known facts: the referred children are children in need, and all open cases are rated by milestones
        assertThat(((Number) expected.measures.get("cin-count").get("numerator")).intValue()).isGreaterThanOrEqualTo(CHILDREN.size());
        assertThat(expected.measures.get("all-open-cases")).containsEntry("ratingTarget", 16.7).containsKey("rag");
        assertThat(page.getElementById("measure-all-open-cases").selectFirst("td.target").text()).isEqualTo("By milestones: 16.7 by now");
    }

    @Test
    void eachChartIsTheSeriesOfItsTwelveMonthsWithATextAlternative() {
        Document page = page("performance", "/report?month=2021-11");

        for (String id : List.of("referrals", "cin-count", "referral-rate", "contacts")) {
            Map<String, Object> series = identity.as(http, "performance")
                    .getForObject("/api/kpi/measures/" + id + "/series?from=2020-12&to=2021-11", Map.class);
            List<Map<String, Object>> points = (List<Map<String, Object>>) series.get("points");
            Element chart = page.getElementById("chart-" + id);
            assertThat(chart.attr("role")).isEqualTo("img");
            for (String labelledBy : chart.attr("aria-labelledby").split(" ")) {
                assertThat(chart.getElementById(labelledBy)).as(id + " " + labelledBy).isNotNull();
            }
            assertThat(chart.selectFirst("title").text()).isEqualTo(series.get("name") + ", December 2020 to November 2021");
            String description = chart.selectFirst("desc").text();
            long withValues = points.stream().filter(point -> point.get("shown") != null).count();
            assertThat(chart.select("circle.point")).as(id).hasSize((int) withValues);
            for (Map<String, Object> point : points) {
                YearMonth month = YearMonth.parse((String) point.get("month"));
                String value = point.get("shown") == null ? "no value"
                        : Formats.number(new BigDecimal(point.get("shown").toString()));
                assertThat(description).as(id).contains(MonthLabels.shortLabel(month) + ": " + value);
            }
        }
    }

    @Test
    void thePageCanBeReadWithoutScriptByAScreenReaderAndInPrint() {
        ResponseEntity<String> response = identity.as(http, "north.manager").getForEntity("/report?month=2021-11", String.class);
        Document page = Jsoup.parse(response.getBody());

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en-GB");
        assertThat(page.title()).contains("November 2021");
        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.select("h2")).extracting(Element::text).containsExactly(
                "Priority A: planning and safety (children in need and child protection)",
                "Priority B: the child's journey through the system",
                "Priority C: homes and families for children looked after",
                "Priority D: people and workforce");
        for (Element table : page.select("table")) {
            assertThat(table.selectFirst("caption")).isNotNull();
            assertThat(table.select("thead th")).allMatch(header -> header.attr("scope").equals("col"));
            assertThat(table.select("tbody th")).allMatch(header -> header.attr("scope").equals("row"));
        }
        for (Element control : page.select("input, select")) {
            assertThat(page.select("label[for=" + control.id() + "]")).as(control.id()).hasSize(1);
        }
        assertThat(page.select("svg")).allMatch(svg -> svg.attr("role").equals("img") && svg.selectFirst("title") != null
                && svg.selectFirst("desc") != null);
        assertThat(page.select("script")).isEmpty();
        assertThat(page.select("link[rel=stylesheet]")).extracting(link -> link.attr("href")).containsExactly("/report/report.css");
        Element picker = page.selectFirst("form.month-picker");
        assertThat(picker.attr("method")).isEqualTo("get");
        assertThat(picker.attr("action")).isEqualTo("/report");
        assertThat(picker.selectFirst("input[name=month]").attr("value")).isEqualTo("2021-11");
        assertThat(page.getElementById("same-month-last-year").attr("href")).isEqualTo("/report?month=2020-11");
        assertThat(page.getElementById("download-csv").attr("href")).isEqualTo("/api/kpi/report.csv?month=2021-11&projection=MONTHS");
        assertThat(page.getElementById("download-xlsx").attr("href")).isEqualTo("/api/kpi/report.xlsx?month=2021-11&projection=MONTHS");
        assertThat(response.getHeaders().getFirst("Content-Security-Policy")).contains("default-src 'none'", "style-src 'self'");
        ResponseEntity<String> css = identity.as(http, "north.manager").getForEntity("/report/report.css", String.class);
        assertThat(css.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(css.getBody()).contains("@media print", ".rag-amber");
    }

    @Test
    void projectedByDaysThePageSaysSoAndKeepsTheMethodInItsLinks() {
        Document page = page("performance", "/report?month=2021-11&projection=DAYS");

        assertThat(page.getElementById("projection").attr("data-method")).isEqualTo("DAYS");
        assertThat(page.selectFirst("select[name=projection] option[selected]").attr("value")).isEqualTo("DAYS");
        assertThat(page.getElementById("measure-referral-rate").selectFirst("td.month[data-month=2021-11] a").attr("href"))
                .isEqualTo("/report/measures/referral-rate?month=2021-11&projection=DAYS");
    }

    @ParameterizedTest(name = "{0} reads the report")
    @ValueSource(strings = {"performance", "north.manager", "eh.manager", "admin", "north.worker"})
    void performanceOfficersManagersAdministratorsAndSocialWorkersReadIt(String user) {
        assertThat(identity.as(http, user).getForEntity("/report?month=2021-11", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @ParameterizedTest(name = "{0} does not")
    @ValueSource(strings = {"eh.worker", "kpi-service"})
    void othersDoNot(String user) {
        ResponseEntity<String> response = identity.as(http, user).getForEntity("/report?month=2021-11", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.getForEntity("/report?month=2021-11", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void behindAValueAreItsNumeratorAndDenominator() {
        Map<String, Object> measure = ExpectedReport.read(http, identity, NOVEMBER_2021).measures.get("referral-rate");

        Document figure = page("performance", "/report/measures/referral-rate?month=2021-11");

        assertThat(figure.select("h1").text()).isEqualTo(measure.get("name") + ": November 2021");
        assertSameNumber("shown", number(figure.getElementById("shown").text()), measure.get("shown"));
        assertSameNumber("value", number(figure.getElementById("value").text()), measure.get("value"));
        assertSameNumber("numerator", number(figure.getElementById("numerator").text()), measure.get("numerator"));
        assertSameNumber("denominator", number(figure.getElementById("denominator").text()), measure.get("denominator"));
        assertThat(figure.getElementById("counted-over").text()).contains("projected", "2021-04-01 to 2021-11-30");
        assertThat(figure.getElementById("definition").text()).isEqualTo(measure.get("definition"));
        assertThat(figure.getElementById("no-children")).as("a rate does not list children").isNotNull();
    }

    @Test
    void aPerformanceOfficerSeesNoChildren() {
        Document figure = page("performance", "/report/measures/cin-count?month=2021-11");

        assertThat(figure.getElementById("children")).isNull();
        assertThat(figure.getElementById("children-closed")).isNotNull();
        ResponseEntity<String> refused = identity.as(http, "performance").getForEntity("/report/measures/cin-count/children?month=2021-11",
                String.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(identity.as(http, "north.worker").getForEntity("/report/measures/cin-count/children?month=2021-11", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(identity.as(http, "eh.manager").getForEntity("/report/measures/cin-count/children?month=2021-11", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aTeamManagerFollowsAValueToTheChildrenCountedAndTheReadIsAudited() {
        Map<String, Object> measure = ExpectedReport.read(http, identity, NOVEMBER_2021).measures.get("cin-count");
        Document figure = page("north.manager", "/report/measures/cin-count?month=2021-11");
        String link = figure.getElementById("children").attr("href");
        assertThat(link).isEqualTo("/report/measures/cin-count/children?month=2021-11");
        long listedBefore = listed("north.manager");

        ResponseEntity<String> response = identity.as(http, "north.manager").exchange(link, HttpMethod.GET, HttpEntity.EMPTY, String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        Elements children = Jsoup.parse(response.getBody()).select("a.child");
        assertThat(children).extracting(Element::text).containsAll(CHILDREN).doesNotHaveDuplicates()
                .hasSize(((Number) measure.get("numerator")).intValue());
        assertThat(children.first().attr("href")).isEqualTo("/children/" + children.first().text());
        assertThat(Jsoup.parse(response.getBody()).getElementById("not-listed")).as("every record open to them").isNull();
        assertThat(listed("north.manager")).isEqualTo(listedBefore + 1);
        Map<String, Object> entry = jdbc.sql("""
                        select actor, measure_id, month, correlation_id, detail from audit_entry
                        where action = 'CHILDREN_LISTED' order by id desc limit 1""").query().singleRow();
        assertThat(entry).containsEntry("actor", "north.manager").containsEntry("measure_id", "cin-count")
                .containsEntry("month", java.sql.Date.valueOf("2021-11-01")).containsEntry("correlation_id", response.getHeaders().getFirst("X-Correlation-Id"));
        assertThat((String) entry.get("detail")).contains(String.valueOf(children.size()));
    }

    /** A restricted record stays closed in a list of children counted, as in a search: the case record says which are open. */
    @Test
    void aChildWhoseRecordIsClosedToTheManagerIsNotListedAndThePageSaysHowManyAreNot() {
        String restricted = CHILDREN.get(1);
        caseRecord.closeTo(restricted, "north.manager");
        try {
            ResponseEntity<String> north = identity.as(http, "north.manager").getForEntity("/report/measures/cin-count/children?month=2021-11",
                    String.class);
            ResponseEntity<String> south = identity.as(http, "south.manager").getForEntity("/report/measures/cin-count/children?month=2021-11",
                    String.class);

            Document northPage = Jsoup.parse(north.getBody());
            assertThat(northPage.select("a.child")).extracting(Element::text).contains(CHILDREN.get(0)).doesNotContain(restricted);
            assertThat(northPage.getElementById("not-listed").text()).startsWith("1 more counted are not listed");
            assertThat(north.getBody()).doesNotContain(restricted);
            assertThat(Jsoup.parse(south.getBody()).select("a.child")).extracting(Element::text).contains(restricted);
            Map<String, Object> entry = jdbc.sql("""
                    select detail from audit_entry where action = 'CHILDREN_LISTED' and actor = 'north.manager'
                    order by id desc limit 1""").query().singleRow();
            assertThat((String) entry.get("detail")).contains("the others' records are closed to them");
        } finally {
            caseRecord.reopen(restricted);
        }
    }

    @Test
    void whenTheCaseRecordCannotSayWhichRecordsAreOpenNoChildIsListedAndNothingIsAudited() {
        long listedBefore = listed("north.manager");
        caseRecord.down(true);
        try {
            ResponseEntity<String> refused = identity.as(http, "north.manager").getForEntity("/report/measures/cin-count/children?month=2021-11",
                    String.class);

            assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            assertThat(Jsoup.parse(refused.getBody()).getElementById("detail").text()).contains("no child is listed");
            assertThat(refused.getBody()).doesNotContain(CHILDREN.get(0));
            assertThat(listed("north.manager")).isEqualTo(listedBefore);
        } finally {
            caseRecord.down(false);
        }
    }

    @Test
    void whatCannotBeShownIsSaidOnAPage() {
        ResponseEntity<String> future = identity.as(http, "performance").getForEntity("/report?month=2999-01", String.class);
        ResponseEntity<String> garbled = identity.as(http, "performance").getForEntity("/report?month=November", String.class);
        ResponseEntity<String> unknown = identity.as(http, "admin").getForEntity("/report/measures/no-such-measure?month=2021-11", String.class);
        ResponseEntity<String> noList = identity.as(http, "admin").getForEntity("/report/measures/referrals/children?month=2021-11", String.class);

        assertThat(future.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(Jsoup.parse(future.getBody()).getElementById("detail").text()).contains("has not started");
        assertThat(garbled.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(garbled.getHeaders().getContentType().toString()).startsWith("text/html");
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(noList.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private Document page(String user, String path) {
        ResponseEntity<String> response = identity.as(http, user).getForEntity(path, String.class);
        assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        return Jsoup.parse(response.getBody());
    }

    private static void assertShown(String what, Element cell, Map<String, Object> measure) {
        assertThat(cell).as(what).isNotNull();
        Object shown = measure.get("shown");
        Element link = cell.selectFirst("a");
        if (shown == null) {
            assertThat(cell.text()).as(what).contains("no value");
        } else {
            assertSameNumber(what, number(link.text()), shown);
        }
    }

    private static void assertTolerance(String id, String text, Map<String, Object> measure) {
        Object lower = measure.get("toleranceLower");
        Object upper = measure.get("toleranceUpper");
        if (lower != null && upper != null) {
            assertThat(text).as(id).startsWith(Formats.number(ExpectedReport.number(lower)) + "\u2013" + Formats.number(ExpectedReport.number(upper)));
        } else if (lower != null) {
            assertThat(text).as(id).startsWith("lower limit " + Formats.number(ExpectedReport.number(lower)));
        } else if (upper != null) {
            assertThat(text).as(id).startsWith("upper limit " + Formats.number(ExpectedReport.number(upper)));
        } else {
            assertThat(text).as(id).startsWith("none set");
        }
    }

    private static void assertMilestone(String what, String text, BigDecimal milestone) {
        if (milestone == null) {
            assertThat(text).as(what).isEqualTo("\u2013");
        } else {
            assertThat(number(text)).as(what).isEqualByComparingTo(milestone);
        }
    }

    private static BigDecimal number(String text) {
        return new BigDecimal(text.replace(",", "").trim());
    }

    private long listed(String actor) {
        return jdbc.sql("select count(*) from audit_entry where action = 'CHILDREN_LISTED' and actor = :actor")
                .param("actor", actor).query(Long.class).single();
    }

    private void setOpenCasesMilestones(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<Map> response = identity.as(http, "performance")
                .exchange("/api/kpi/catalogue/all-open-cases", HttpMethod.PUT, new HttpEntity<>(body, headers), Map.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private void referral(String child, String contact, String referral, LocalDate on) {
        Journeys journey = Journeys.of(feed, child, contact);
        journey.contactReceived(on.atTime(9, 0), on.plusDays(1), "Page", "Child");
        journey.contactDecided("REFERRAL", on, on.plusDays(1));
        journey.referralReceived(referral, on, on.plusDays(63));
    }
}
