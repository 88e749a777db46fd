package org.caseflow.kpi.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.kpi.report.ExpectedReport.assertSameNumber;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.caseflow.kpi.KpiIntegrationTest;
import org.caseflow.support.feed.JourneyFeedConsumer;
import org.caseflow.testsupport.FeedStub;
import org.caseflow.testsupport.Journeys;
import org.caseflow.testsupport.TestIdentity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The month's table as CSV and XLSX ({@code /api/kpi/report.csv}, {@code /api/kpi/report.xlsx}), read back cell by cell
 * and checked against {@code /api/kpi/measures} for the month, the two months before and the latest. Referrals in July and
 * August 2021 give the month, August, figures of its own.
 */
@KpiIntegrationTest
class ReportDownloadsTest {

    private static final YearMonth AUGUST_2021 = YearMonth.of(2021, 8);
    private static final int ABOUT_LINES = 8;
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
        referral("C6200001", "CON-620001", "REF-620001", LocalDate.of(2021, 7, 12));
        referral("C6200002", "CON-620002", "REF-620002", LocalDate.of(2021, 8, 3));
        referral("C6200003", "CON-620003", "REF-620003", LocalDate.of(2021, 8, 24));
        consumer.catchUp();
    }

    @Test
    void theCsvHoldsTheMonthItsPopulationAndEveryMeasureAsTheApiGivesIt() throws IOException {
        ResponseEntity<byte[]> response = identity.as(http, "north.manager").getForEntity("/api/kpi/report.csv?month=2021-08", byte[].class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(response.getHeaders().getContentDisposition().getFilename()).isEqualTo("caseflow-kpi-report-2021-08.csv");
        String text = new String(response.getBody(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<List<String>> lines = new ArrayList<>();
        for (CSVRecord record : CSVFormat.RFC4180.parse(new StringReader(text.substring(1)))) {
            lines.add(record.toList());
        }

        checkTable(lines.stream().map(line -> new ArrayList<Object>(line.stream().map(cell -> cell.isEmpty() ? null : (Object) cell).toList()))
                .map(line -> (List<Object>) line).toList(), false);
    }

    @Test
    void theWorkbookHoldsTheSameTableWithNumbersAsNumbers() throws IOException {
        ResponseEntity<byte[]> response = identity.as(http, "performance").getForEntity("/api/kpi/report.xlsx?month=2021-08", byte[].class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType()).hasToString(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(response.getHeaders().getContentDisposition().getFilename()).isEqualTo("caseflow-kpi-report-2021-08.xlsx");
        List<List<Object>> lines = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getBody()))) {
            Sheet sheet = workbook.getSheet("Report");
            for (int number = 0; number <= sheet.getLastRowNum(); number++) {
                Row row = sheet.getRow(number);
                List<Object> cells = new ArrayList<>();
                for (int column = 0; row != null && column < row.getLastCellNum(); column++) {
                    Cell cell = row.getCell(column);
                    cells.add(cell == null ? null : cell.getCellType() == CellType.NUMERIC ? (Object) cell.getNumericCellValue()
                            : cell.getStringCellValue());
                }
                lines.add(cells);
            }
        }

        checkTable(lines, true);
    }

    @Test
    void daysMayBeAskedForAndTheDownloadSaysSo() {
        String csv = identity.as(http, "performance").getForObject("/api/kpi/report.csv?month=2021-08&projection=DAYS", String.class);

        assertThat(csv).contains("Projected rates,DAYS: year to date \u00d7 days in the year \u00f7 days elapsed");
    }

    @Test
    void aMonthThatCannotBeReportedIsAProblem() {
        for (String download : List.of("report.csv", "report.xlsx")) {
            ResponseEntity<Map> response = identity.as(http, "performance").getForEntity("/api/kpi/" + download + "?month=2999-01", Map.class);
            assertThat(response.getStatusCode()).as(download).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(response.getHeaders().getContentType()).as(download).hasToString("application/problem+json");
        }
        assertThat(http.getForEntity("/api/kpi/report.csv", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    /** Every cell of the table against the JSON endpoint; {@code numeric}: numbers are numeric cells (the workbook). */
    private void checkTable(List<List<Object>> lines, boolean numeric) {
        ExpectedReport expected = ExpectedReport.read(http, identity, AUGUST_2021);
        Map<String, Object> population = expected.population();
        assertThat(lines.get(0)).containsExactly("Report", "Caseflow improvement-plan report");
        assertThat(lines.get(1)).containsExactly("Month", "2021-08");
        assertThat(lines.get(2)).containsExactly("Reporting date", expected.body.get("reportingDate"));
        assertThat(lines.get(3)).containsExactly("Financial year", expected.body.get("financialYear"));
        assertThat(lines.get(4).get(0)).isEqualTo("Population (children aged 0-17)");
        assertSameNumber("population", decimal(lines.get(4).get(1)), population.get("population"));
        assertThat((String) lines.get(5).get(1)).contains("mid-" + population.get("midYear"), (String) population.get("source"));
        assertThat((String) lines.get(6).get(1)).isEqualTo("MONTHS: " + ((Map<String, Object>) expected.body.get("projection")).get("description"));
        assertThat((String) lines.get(7).get(1)).startsWith("2021-09, counted to 2021-09-30");
        assertThat(lines.get(ABOUT_LINES)).as("an empty line before the table").allMatch(cell -> cell == null || cell.equals(""));

        List<Object> header = lines.get(ABOUT_LINES + 1);
        assertThat(header).startsWith("Priority", "Measure id", "Measure", "Unit", "Jun 2021", "Jul 2021", "Aug 2021", "Latest",
                "Aug 2021 as shown", "Numerator", "Denominator");
        assertThat(header).contains("Sept 2021 milestone", "Mar 2022 milestone", "Definition");
        List<List<Object>> rows = lines.subList(ABOUT_LINES + 2, lines.size());
        assertThat(rows).extracting(row -> row.get(1)).containsExactlyElementsOf(expected.measures.keySet());
        for (List<Object> row : rows) {
            String id = (String) row.get(1);
            Map<String, Object> measure = expected.measures.get(id);
            assertThat(row.get(0)).as(id).isEqualTo(measure.get("priority"));
            assertThat(row.get(2)).as(id).isEqualTo(measure.get("name"));
            assertSameNumber(id + " June", decimal(cell(row, header, "Jun 2021")), expected.twoMonthsBefore.get(id).get("value"));
            assertSameNumber(id + " July", decimal(cell(row, header, "Jul 2021")), expected.monthBefore.get(id).get("value"));
            assertSameNumber(id + " August", decimal(cell(row, header, "Aug 2021")), measure.get("value"));
            assertSameNumber(id + " latest", decimal(cell(row, header, "Latest")), expected.latest.get(id).get("value"));
            assertSameNumber(id + " as shown", decimal(cell(row, header, "Aug 2021 as shown")), measure.get("shown"));
            assertSameNumber(id + " numerator", decimal(cell(row, header, "Numerator")), measure.get("numerator"));
            assertSameNumber(id + " denominator", decimal(cell(row, header, "Denominator")), measure.get("denominator"));
            assertThat(cell(row, header, "RAG")).as(id + " RAG").isEqualTo(measure.get("rag"));
            assertThat(cell(row, header, "Rated against")).as(id).isEqualTo(measure.get("ratedAgainst"));
            assertSameNumber(id + " rating target", decimal(cell(row, header, "Rating target")), measure.get("ratingTarget"));
            assertSameNumber(id + " target", decimal(cell(row, header, "Target")), measure.get("target"));
            assertSameNumber(id + " lower", decimal(cell(row, header, "Tolerance lower")), measure.get("toleranceLower"));
            assertSameNumber(id + " upper", decimal(cell(row, header, "Tolerance upper")), measure.get("toleranceUpper"));
            assertThat(cell(row, header, "Direction of travel")).as(id + " direction")
                    .isEqualTo(ExpectedReport.words((Map<String, Object>) measure.get("directionOfTravel")));
            assertSameNumber(id + " September", decimal(cell(row, header, "Sept 2021 milestone")),
                    ExpectedReport.milestone(measure, YearMonth.of(2021, 9)));
            assertSameNumber(id + " March", decimal(cell(row, header, "Mar 2022 milestone")),
                    ExpectedReport.milestone(measure, YearMonth.of(2022, 3)));
            assertThat(cell(row, header, "Definition")).as(id).isEqualTo(measure.get("definition"));
            if (numeric && measure.get("value") != null) {
                assertThat(cell(row, header, "Aug 2021")).as(id + " is a number").isInstanceOf(Double.class);
            }
        }
        // August's own referrals, and the rate's population
        Map<String, Object> referrals = expected.measures.get("referrals");
        assertThat(((Number) referrals.get("numerator")).intValue()).isGreaterThanOrEqualTo(2);
        assertSameNumber("rate over the population", decimal(cell(rows.stream().filter(row -> row.get(1).equals("referral-rate"))
                .findFirst().orElseThrow(), header, "Denominator")), population.get("population"));
    }

    private static Object cell(List<Object> row, List<Object> header, String column) {
        int index = header.indexOf(column);
        assertThat(index).as(column).isNotNegative();
        return index < row.size() ? row.get(index) : null;
    }

    private static BigDecimal decimal(Object cell) {
        if (cell == null) {
            return null;
        }
        return cell instanceof Double number ? BigDecimal.valueOf(number) : new BigDecimal(cell.toString());
    }

    private void referral(String child, String contact, String referral, LocalDate on) {
        Journeys journey = Journeys.of(feed, child, contact);
        journey.contactReceived(on.atTime(9, 0), on.plusDays(1), "Download", "Child");
        journey.contactDecided("REFERRAL", on, on.plusDays(1));
        journey.referralReceived(referral, on, on.plusDays(63));
    }
}
