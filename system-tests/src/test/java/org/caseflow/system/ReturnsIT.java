package org.caseflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The statutory returns through the gateway, as the performance officer downloads them: the CIN
 * census (validated against the DfE's schema, as the returns module holds it), the SSDA903 tables and
 * the Annex A lists, each holding what the journeys recorded; the DfE rules a referral breaks, on the
 * data-quality page and on the child's record. A social worker gets 403 for every return.
 */
class ReturnsIT {

    /** The collection year of the referral the test makes (November 2025). */
    private static final String YEAR = "2025-26";
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

    private static void validatesAgainstTheCensusSchema(String xml) throws Exception {
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(CENSUS_SCHEMA.toFile())
                .newValidator()
                .validate(new StreamSource(new StringReader(xml)));
    }
}
