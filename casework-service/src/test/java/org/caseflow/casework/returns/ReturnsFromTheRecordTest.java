package org.caseflow.casework.returns;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.caseflow.calendar.FinancialYear;
import org.caseflow.casework.CaseworkIntegrationTest;
import org.caseflow.casework.ChildProtectionJourney;
import org.caseflow.casework.LookedAfterJourney;
import org.caseflow.returns.cin.CinCensus;
import org.caseflow.returns.validation.ReturnValidator;
import org.caseflow.support.feed.JourneyFeedConsumer;
import org.caseflow.testsupport.FeedStub;
import org.caseflow.testsupport.Journeys;
import org.caseflow.testsupport.TestIdentity;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The returns as projections of the case record, on a real PostgreSQL: a child protection journey
 * with seeded errors (an initial conference before its section 47 began, a review conference before
 * the plan started, no primary need) arrives through the feed; the DfE rules run on the child's
 * record as it does, and the failures show with their DfE codes on the child's summary, on the
 * record page, on the data-quality page and in the gauge. The returns download for performance
 * officers (audited) and no one else.
 */
@CaseworkIntegrationTest
class ReturnsFromTheRecordTest {

    private static final String CHILD = "C6500001";
    private static final String REFERRAL = "REF-650001";

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
    MeterRegistry meters;

    /** The journey's dates, in the collection year being collected now, all on weekdays. */
    private final FinancialYear year = CollectionYears.current();
    private final LocalDate referred = year.start().plusWeeks(4).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
    private final LocalDate reviewTooEarly = referred.plusWeeks(1);
    private final LocalDate conference = referred.plusWeeks(2);
    private final LocalDate s47Started = conference.plusDays(1);

    @BeforeEach
    void aChildProtectionJourneyWithSeededErrors() {
        if (jdbc.sql("select count(*) from child where la_child_id = :child").param("child", CHILD).query(Long.class).single() > 0) {
            return;
        }
        Journeys frontDoor = Journeys.of(feed, CHILD, "CON-650001");
        frontDoor.contactReceived(LocalDateTime.of(referred, java.time.LocalTime.of(9, 0)), referred, "Rosa", "Lind");
        frontDoor.contactDecided("REFERRAL", referred, referred);
        frontDoor.referralReceived(REFERRAL, referred, referred.plusWeeks(9));
        frontDoor.allocated("north.worker", referred, referred.plusWeeks(9));
        ChildProtectionJourney cp = ChildProtectionJourney.of(feed, CHILD, "CON-650001", REFERRAL);
        cp.strategyDiscussion(s47Started, s47Started, "SECTION_47");
        // seeded: the conference is dated the day before the enquiry began (8615) ...
        cp.initialConference(s47Started, conference, s47Started.plusWeeks(3), "CHILD_PROTECTION_PLAN");
        cp.planStarted("CPP-650001", conference, conference.plusWeeks(2), conference.plusWeeks(2), conference.plusMonths(3));
        // ... and a review conference before the plan started (8841)
        cp.review("CPP-650001", reviewTooEarly, conference.plusMonths(3), "CONTINUE_PLAN", null);
        consumer.catchUp();
    }

    @Test
    void aReferralWhoseFrontDoorGaveItsPrimaryNeedPassesRule8610AndTheCensusCarriesTheNeed() throws Exception {
        String child = "C6500002";
        Journeys frontDoor = Journeys.of(feed, child, "CON-650002");
        frontDoor.contactReceived(LocalDateTime.of(referred, java.time.LocalTime.of(10, 0)), referred, "Noor", "Given");
        frontDoor.contactDecided("REFERRAL", referred, referred);
        frontDoor.referralReceived("REF-650002", referred, referred.plusWeeks(9), "N4");
        consumer.catchUp();

        Map<String, Object> summary = identity.as(http, "north.worker").getForObject("/api/casework/children/" + child, Map.class);
        assertThat((List<Map<String, Object>>) summary.get("returnFailures")).as("no rule fails for a referral with its need")
                .extracting(failure -> failure.get("code")).doesNotContain("8610");
        byte[] census = identity.as(http, "performance").getForObject("/api/casework/returns/cin-census.xml?year=" + year.label(),
                byte[].class);
        String xml = new String(census, StandardCharsets.UTF_8);
        String theChild = xml.substring(xml.indexOf("<LAchildID>" + child + "</LAchildID>"));
        assertThat(theChild.substring(0, theChild.indexOf("</Child>"))).contains("<PrimaryNeedCode>N4</PrimaryNeedCode>");
    }

    @Test
    void theRulesRunAsTheEventsArriveAndTheSummaryShowsEachFailureWithItsDfeCode() {
        List<Map<String, Object>> failures = summaryFailures();

        assertThat(failures).extracting(failure -> failure.get("code")).containsExactlyInAnyOrder("8610", "8615", "8841");
        assertThat(failures).allSatisfy(failure -> assertThat(failure.get("collectionYear")).isEqualTo(year.label()));
        assertThat(failures).filteredOn(failure -> failure.get("code").equals("8615")).singleElement()
                .satisfies(failure -> assertThat(failure.get("message")).isEqualTo("Section 47 Enquiry Start Date must be present and"
                        + " cannot be later than the date of the initial Child Protection Conference"))
                .satisfies(failure -> assertThat(failure.get("location")).isEqualTo("CINdetails referred " + referred
                        + " / Section47 started " + s47Started));
        assertThat(failures).filteredOn(failure -> failure.get("code").equals("8841")).singleElement()
                .satisfies(failure -> assertThat((String) failure.get("location")).endsWith("CPPreviewDate " + reviewTooEarly));
        assertThat(failures).filteredOn(failure -> failure.get("code").equals("8610")).singleElement()
                .satisfies(failure -> assertThat(failure.get("statutoryReturn")).isEqualTo("CIN_CENSUS"));
    }

    @Test
    void theRecordPageTheDataQualityPageAndTheGaugeShowThem() {
        Document record = Jsoup.parse(identity.as(http, "north.worker").getForObject("/children/" + CHILD, String.class));
        assertThat(record.select("#return-failures ~ table .rule-code").eachText()).contains("8610", "8615", "8841");

        ResponseEntity<String> page = identity.as(http, "performance").getForEntity("/data-quality?year=" + year.label(), String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        Document quality = Jsoup.parse(page.getBody());
        assertThat(quality.select("#rule-8615 .rule-message").text()).startsWith("Section 47 Enquiry Start Date must be present");
        assertThat(quality.select("section:has(#rule-8615) tbody th").eachText()).contains(CHILD);
        assertThat(quality.select("section:has(#rule-8841) tbody th").eachText()).contains(CHILD);

        assertThat(meters.get("caseflow.returns.failures").tag("rule", "8615").gauge().value()).isGreaterThanOrEqualTo(1);
        assertThat(meters.find("caseflow.returns.failures").gauges()).as("a series for every rule run, 0 when none")
                .hasSize(ReturnValidator.withAllRules().rules().size());
    }

    @Test
    void aRunForTheWholeYearReplacesWhatWasStored() {
        jdbc.sql("""
                        insert into return_failure (la_child_id, collection_year, code, message, statutory_return, location)
                        values (:child, :year, '8630', 'stale', 'CIN_CENSUS', 'fixed since')""")
                .param("child", CHILD).param("year", year.startYear()).update();

        ResponseEntity<Map> run = identity.as(http, "performance")
                .postForEntity("/api/casework/data-quality/validations?year=" + year.label(), null, Map.class);

        assertThat(run.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(run.getBody()).containsEntry("collectionYear", year.label());
        assertThat((Map<String, Object>) run.getBody().get("failuresByRule")).containsKeys("8610", "8615", "8841").doesNotContainKey("8630");
        assertThat(summaryFailures()).extracting(failure -> failure.get("code")).containsExactlyInAnyOrder("8610", "8615", "8841");
    }

    @Test
    void aPerformanceOfficerDownloadsEachReturnAndEachDownloadIsKept() throws Exception {
        TestRestTemplate performance = identity.as(http, "performance");
        long before = downloads();

        ResponseEntity<byte[]> census = performance.getForEntity("/api/casework/returns/cin-census.xml?year=" + year.label(), byte[].class);
        assertThat(census.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(census.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_XML)).isTrue();
        validatesAgainstTheCensusSchema(census.getBody());
        String xml = new String(census.getBody(), StandardCharsets.UTF_8);
        assertThat(xml).contains("<LAchildID>" + CHILD + "</LAchildID>", "<PersonBirthDate>2016-04-02</PersonBirthDate>",
                "<S47ActualStartDate>" + s47Started + "</S47ActualStartDate>", "<DateOfInitialCPC>" + conference + "</DateOfInitialCPC>",
                "<CPPreviewDate>" + reviewTooEarly + "</CPPreviewDate>", "<ReferralSource>6</ReferralSource>");

        ResponseEntity<byte[]> ssda903 = performance.getForEntity("/api/casework/returns/ssda903.zip?year=" + year.label(), byte[].class);
        assertThat(ssda903.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(zipEntries(ssda903.getBody()).keySet()).containsExactly("Header.csv", "Episodes.csv", "Reviews.csv", "UASC.csv",
                "Missing.csv");

        ResponseEntity<byte[]> annexA = performance.getForEntity("/api/casework/returns/annex-a.xlsx?from=" + year.start() + "&to="
                + LocalDate.now(), byte[].class);
        assertThat(annexA.getStatusCode()).isEqualTo(HttpStatus.OK);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(annexA.getBody()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(8);
            assertThat(workbook.getSheet("List 5").getRow(0).getCell(0).getStringCellValue()).isEqualTo("Child Unique ID");
        }

        assertThat(downloads() - before).isEqualTo(3);
        Map<String, Object> last = jdbc.sql("select * from return_download order by id desc limit 1").query().singleRow();
        assertThat(last).containsEntry("actor", "performance").containsEntry("statutory_return", "ANNEX_A")
                .containsEntry("pseudonymised", false);
        assertThat(last.get("period_from").toString()).isEqualTo(year.start().toString());
    }

    @Test
    void aPeriodOfCareIsWrittenInTheDfesCodesEpisodeByEpisode() throws Exception {
        String child = "C6500002";
        LocalDate started = year.start().plusWeeks(2).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        LocalDate moved = started.plusWeeks(3);
        LocalDate reviewed = started.plusWeeks(4);
        LocalDate ceased = started.plusWeeks(8);
        LookedAfterJourney care = LookedAfterJourney.directEntry(feed, child, "CLA-650002");
        care.started(started, started.plusWeeks(4), "POLICE_PROTECTION", "L1", "N1",
                new LookedAfterJourney.Where("U6", "PR1", "SE9", false, true));
        // the journey still offers H5, and records a child's own request as CHRES
        care.placementChanged(moved, moved.plusWeeks(1), new LookedAfterJourney.Where("H5", "PR4", "BR1", false, false), "CHRES");
        care.review(reviewed, reviewed.plusMonths(3), "Sam Reviewer");
        care.ceased(ceased, "E4A");
        consumer.catchUp();

        ResponseEntity<byte[]> ssda903 = identity.as(http, "performance")
                .getForEntity("/api/casework/returns/ssda903.zip?year=" + year.label(), byte[].class);

        Map<String, String> tables = zipEntries(ssda903.getBody());
        List<CSVRecord> episodes = rowsOf(tables.get("Episodes.csv"), child);
        assertThat(episodes).hasSize(2);
        assertThat(episodes.get(0).toMap()).containsEntry("DECOM", ddmmyyyy(started)).containsEntry("RNE", "S")
                .containsEntry("LS", "L1").containsEntry("CIN", "N1").containsEntry("PLACE", "U6").containsEntry("PLACE_PROVIDER", "PR1")
                .containsEntry("DEC", ddmmyyyy(moved)).containsEntry("REC", "X1").containsEntry("REASON_PLACE_CHANGE", "CHILD")
                .containsEntry("PL_POST", "SE9");
        assertThat(episodes.get(1).toMap()).containsEntry("DECOM", ddmmyyyy(moved)).containsEntry("RNE", "P")
                .containsEntry("PLACE", "K3").containsEntry("PLACE_PROVIDER", "PR4").containsEntry("DEC", ddmmyyyy(ceased))
                .containsEntry("REC", "E4A").containsEntry("REASON_PLACE_CHANGE", "").containsEntry("PL_POST", "BR1");
        assertThat(rowsOf(tables.get("Reviews.csv"), child)).extracting(review -> review.get("REVIEW")).containsExactly(ddmmyyyy(reviewed));

        String census = new String(identity.as(http, "performance")
                .getForEntity("/api/casework/returns/cin-census.xml?year=" + year.label(), byte[].class).getBody(), StandardCharsets.UTF_8);
        String inCensus = census.substring(census.indexOf("<LAchildID>" + child + "</LAchildID>"));
        inCensus = inCensus.substring(0, inCensus.indexOf("</Child>"));
        assertThat(inCensus).as("a direct entry: no contact, its category of need as its primary need, closed when care ended")
                .contains("<CINreferralDate>" + started + "</CINreferralDate>", "<ReferralSource>10</ReferralSource>",
                        "<PrimaryNeedCode>N1</PrimaryNeedCode>", "<CINclosureDate>" + ceased + "</CINclosureDate>",
                        "<ReasonForClosure>RC7</ReasonForClosure>");
    }

    @Test
    void aPseudonymisedCensusKeepsOnlyTheMonthOfBirth() throws Exception {
        ResponseEntity<byte[]> census = identity.as(http, "admin")
                .getForEntity("/api/casework/returns/cin-census.xml?pseudonymised=true&year=" + year.label(), byte[].class);

        assertThat(census.getStatusCode()).isEqualTo(HttpStatus.OK);
        validatesAgainstTheCensusSchema(census.getBody());
        assertThat(new String(census.getBody(), StandardCharsets.UTF_8)).contains("<PersonBirthDate>2016-04-01</PersonBirthDate>")
                .doesNotContain("2016-04-02");
        assertThat(jdbc.sql("select pseudonymised from return_download order by id desc limit 1").query(Boolean.class).single()).isTrue();
    }

    @Test
    void aSocialWorkerMayNotDownloadAReturnNorReadTheDataQuality() {
        TestRestTemplate worker = identity.as(http, "north.worker");
        long before = downloads();

        for (String path : List.of("/api/casework/returns/cin-census.xml", "/api/casework/returns/ssda903.zip",
                "/api/casework/returns/annex-a.xlsx?from=2025-04-01&to=2026-03-31")) {
            ResponseEntity<String> refused = worker.getForEntity(path, String.class);
            assertThat(refused.getStatusCode()).as(path).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(refused.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        }
        assertThat(worker.getForEntity("/data-quality", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(worker.postForEntity("/api/casework/data-quality/validations", null, String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(downloads()).isEqualTo(before);
    }

    @Test
    void badParametersAreProblemsAndDownloadNothing() {
        TestRestTemplate performance = identity.as(http, "performance");
        long before = downloads();

        Map<String, String> problems = new HashMap<>();
        for (String path : List.of("/api/casework/returns/cin-census.xml?year=2025", "/api/casework/returns/ssda903.zip?year=2025-27",
                "/api/casework/returns/cin-census.xml?year=2999-00", "/api/casework/returns/ssda903.zip?pseudonymised=maybe",
                "/api/casework/returns/annex-a.xlsx?from=2026-03-31&to=2025-04-01", "/api/casework/returns/annex-a.xlsx?from=2025-04-01",
                "/api/casework/returns/annex-a.xlsx?from=2025-04-01&to=31/03/2026")) {
            ResponseEntity<String> refused = performance.getForEntity(path, String.class);
            assertThat(refused.getStatusCode()).as(path).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getHeaders().getContentType().toString()).as(path).startsWith("application/problem+json");
            problems.put(path, refused.getBody());
        }
        assertThat(problems.get("/api/casework/returns/cin-census.xml?year=2025")).contains("written as 2025-26");
        assertThat(problems.get("/api/casework/returns/annex-a.xlsx?from=2026-03-31&to=2025-04-01")).contains("before it starts");
        assertThat(downloads()).isEqualTo(before);
        assertThat(performance.getForEntity("/data-quality?year=2025", String.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> summaryFailures() {
        Map<String, Object> summary = identity.as(http, "north.worker").getForObject("/api/casework/children/" + CHILD, Map.class);
        return ((List<Map<String, Object>>) summary.get("returnFailures")).stream()
                .filter(failure -> failure.get("collectionYear").equals(year.label())).toList();
    }

    private long downloads() {
        return jdbc.sql("select count(*) from return_download").query(Long.class).single();
    }

    private static void validatesAgainstTheCensusSchema(byte[] xml) throws Exception {
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(CinCensus.class.getResource(CinCensus.SCHEMA))
                .newValidator()
                .validate(new StreamSource(new ByteArrayInputStream(xml)));
    }

    private static List<CSVRecord> rowsOf(String csv, String laChildId) throws IOException {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv)).getRecords()
                .stream().filter(row -> row.get("CHILD").equals(laChildId)).toList();
    }

    private static String ddmmyyyy(LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    private static Map<String, String> zipEntries(byte[] zip) throws IOException {
        Map<String, String> entries = new java.util.LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
