package org.caseflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.caseflow.localstack.CaseflowService;
import org.caseflow.localstack.Database;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The statutory returns through the gateway, as the performance officer downloads them: the CIN
 * census (validated against the DfE's schema, as the returns module holds it), the SSDA903 tables and
 * the Annex A lists, each holding what the journeys recorded; the DfE rules a referral breaks, on the
 * data-quality page and on the child's record. A social worker gets 403 for every return. The demo's
 * own children make a census that passes every rule Caseflow implements.
 */
class ReturnsIT {

    /** The collection year of the referral the test makes (November 2025). */
    private static final String YEAR = "2025-26";
    /** A unique pupil number issued by Lambeth (208), with its check letter. */
    private static final String UPN = "D208123425001";
    private static final Path CENSUS_SCHEMA = Path.of("").toAbsolutePath().getParent()
            .resolve("returns/src/main/resources/org/caseflow/returns/cin/cin-census-2025-26.xsd");

    private static Gateway gateway;
    private static String referredChild;

    @BeforeAll
    static void aReferralFromHealth() {
        gateway = RunningCaseflow.gateway();
        referredChild = new Journeys(gateway).referredAndAllocated("Census", "team-north");
    }

    @Test
    void thePerformanceOfficerDownloadsEachReturn() throws Exception {
        Gateway.Response census = Gateway.eventually(() -> gateway.get("/api/casework/returns/cin-census.xml?year=" + YEAR, "performance"),
                response -> response.status() == 200 && response.body().contains("<LAchildID>" + referredChild + "</LAchildID>"),
                Duration.ofSeconds(60));
        Gateway.Response characteristics = gateway.put("/api/casework/children/" + referredChild + "/characteristics", "north.worker",
                "{\"sex\": \"F\", \"ethnicity\": \"BAFR\", \"upn\": \"" + UPN + "\", \"disabilities\": [\"NONE\"]}");
        assertThat(characteristics.status()).as(characteristics.body()).isEqualTo(200);
        census = gateway.get("/api/casework/returns/cin-census.xml?year=" + YEAR, "performance");
        assertThat(census.status()).isEqualTo(200);
        assertThat(census.body()).as("the characteristics the child's social worker recorded")
                .contains("<UPN>" + UPN + "</UPN>", "<Sex>F</Sex>", "<Ethnicity>BAFR</Ethnicity>", "<Disability>NONE</Disability>");
        assertThat(census.status()).as(census.body()).isEqualTo(200);
        assertThat(census.header("Content-Type")).startsWith("application/xml");
        assertThat(census.header("Content-Disposition")).contains("attachment").contains("cin-census-2025-26.xml");
        validatesAgainstTheCensusSchema(census.body());
        assertThat(census.body()).as("referred on 4 November 2025 after a contact from health services")
                .contains("<CINreferralDate>2025-11-04</CINreferralDate>", "<ReferralSource>3F</ReferralSource>",
                        "<Collection>CIN</Collection>", "<Year>2026</Year>");

        Gateway.Response pseudonymised = gateway.get("/api/casework/returns/cin-census.xml?pseudonymised=true&year=" + YEAR,
                "performance");
        assertThat(pseudonymised.status()).isEqualTo(200);
        assertThat(pseudonymised.header("Content-Disposition")).contains("cin-census-2025-26-pseudonymised.xml");
        validatesAgainstTheCensusSchema(pseudonymised.body());
        assertThat(pseudonymised.body()).as("a UPN is an identifier: never in a pseudonymised extract").doesNotContain(UPN)
                .contains("<Ethnicity>BAFR</Ethnicity>");

        Gateway.Response ssda903 = gateway.get("/api/casework/returns/ssda903.zip?year=" + YEAR, "performance");
        assertThat(ssda903.status()).isEqualTo(200);
        assertThat(ssda903.header("Content-Type")).isEqualTo("application/zip");
        assertThat(ssda903.header("Content-Disposition")).contains("ssda903-2025-26.zip");
        assertThat(ssda903.body()).as("a zip file").startsWith("PK");

        Gateway.Response annexA = gateway.get("/api/casework/returns/annex-a.xlsx?from=2025-04-01&to=2026-03-31", "performance");
        assertThat(annexA.status()).isEqualTo(200);
        assertThat(annexA.header("Content-Type")).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(annexA.header("Content-Disposition")).contains("annex-a-2025-04-01-to-2026-03-31.xlsx");
        assertThat(annexA.body()).as("a workbook is a zip file").startsWith("PK");
    }

    @Test
    void aSocialWorkerMayDownloadNoReturn() {
        for (String path : List.of("/api/casework/returns/cin-census.xml?year=" + YEAR, "/api/casework/returns/ssda903.zip?year=" + YEAR,
                "/api/casework/returns/annex-a.xlsx?from=2025-04-01&to=2026-03-31")) {
            Gateway.Response refused = gateway.get(path, "north.worker");
            assertThat(refused.status()).as(path).isEqualTo(403);
            assertThat(refused.header("Content-Type")).as(path).startsWith("application/problem+json");
        }
    }

    @Test
    void theRulesTheReferralBreaksShowOnTheDataQualityPageAndTheChildsRecord() {
        // no primary need is recorded yet for a referral, so the census rule 8610 finds it
        Gateway.Response run = gateway.post("/api/casework/data-quality/validations?year=" + YEAR, "performance", "");
        assertThat(run.status()).as(run.body()).isEqualTo(200);
        assertThat(run.json().get("failuresByRule").has("8610")).isTrue();

        Gateway.Response page = gateway.get("/data-quality?year=" + YEAR, "performance");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Primary Need code is missing for a referral which led to further action.")
                .contains(referredChild);

        Gateway.Response summary = gateway.get("/api/casework/children/" + referredChild, "north.worker");
        assertThat(summary.json().get("returnFailures").findValuesAsText("code")).contains("8610");
        assertThat(gateway.get("/data-quality", "north.worker").status()).isEqualTo(403);
    }

    /**
     * The demo's six months of journeys (recorded before Caseflow is ready) make, for each collection year
     * they reach, a census the DfE's schema accepts in which no demo child breaks any rule Caseflow
     * implements, CIN census and SSDA903 alike. The tests' own children are left out: some break rules on
     * purpose, as the referral above does.
     */
    @Test
    void theDemoDataMakesACensusThatPassesEveryRuleInEachYearItReaches() throws Exception {
        RunningCaseflow.awaitConsumersCaughtUp();
        Set<String> demoChildren = demoChildren();
        assertThat(demoChildren).as("the demo's children").hasSizeGreaterThan(20);

        for (int startYear : demoCollectionYears()) {
            String year = startYear + "-" + String.format("%02d", (startYear + 1) % 100);
            Gateway.Response census = gateway.get("/api/casework/returns/cin-census.xml?year=" + year, "performance");
            assertThat(census.status()).as(census.body()).isEqualTo(200);
            validatesAgainstTheCensusSchema(census.body());
            assertThat(demoChildren).as("demo children in the %s census", year)
                    .anyMatch(child -> census.body().contains("<LAchildID>" + child + "</LAchildID>"));

            Gateway.Response run = gateway.post("/api/casework/data-quality/validations?year=" + year, "performance", "");
            assertThat(run.status()).as(run.body()).isEqualTo(200);
            assertThat(failures(startYear)).as("rules the demo's children break in %s", year)
                    .filteredOn(failure -> demoChildren.contains(failure.get(0)))
                    .isEmpty();
        }
    }

    /**
     * The collection years (by the year they start) the demo's six months reach: today's, and the one before
     * if they began in it.
     */
    private static List<Integer> demoCollectionYears() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        int current = startYearOf(today);
        int first = startYearOf(today.minusMonths(6));
        return first == current ? List.of(current) : List.of(first, current);
    }

    private static int startYearOf(LocalDate day) {
        return day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
    }

    /** Children whose first journey event was recorded before Caseflow was ready: the demo's. */
    private static Set<String> demoChildren() throws Exception {
        Set<String> children = new HashSet<>();
        query(CaseflowService.WORKFLOW, """
                select la_child_id from journey.event where la_child_id is not null
                group by la_child_id having min(recorded_at) < ?""",
                row -> children.add(row.getString(1)), Timestamp.from(RunningCaseflow.readyAt()));
        return children;
    }

    /** Each failure the rules last found in the year: child, rule, where. */
    private static List<List<String>> failures(int startYear) throws Exception {
        List<List<String>> failures = new ArrayList<>();
        query(CaseflowService.CASEWORK, """
                select la_child_id, code, location from casework.return_failure where collection_year = ?
                order by la_child_id, code""",
                row -> failures.add(List.of(row.getString(1), row.getString(2), row.getString(3))), startYear);
        return failures;
    }

    private static void query(CaseflowService service, String sql, RowReader reader, Object... parameters) throws Exception {
        Database database = RunningCaseflow.database(service);
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    reader.read(rows);
                }
            }
        }
    }

    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    private static void validatesAgainstTheCensusSchema(String xml) throws Exception {
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(CENSUS_SCHEMA.toFile())
                .newValidator()
                .validate(new StreamSource(new StringReader(xml)));
    }
}
