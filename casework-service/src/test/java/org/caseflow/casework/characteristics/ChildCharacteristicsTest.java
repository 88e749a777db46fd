package org.caseflow.casework.characteristics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.caseflow.casework.CaseworkIntegrationTest;
import org.caseflow.casework.LookedAfterJourney;
import org.caseflow.casework.returns.CollectionYears;
import org.caseflow.support.feed.JourneyFeedConsumer;
import org.caseflow.testsupport.FeedStub;
import org.caseflow.testsupport.Journeys;
import org.caseflow.testsupport.TestIdentity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The child's characteristics: the child's team records them on the record (audited, in the
 * chronology, shown in the summary); the returns carry them, a pseudonymised census without the UPN;
 * a restricted record refused to the caller answers as a missing child does; bad input changes nothing.
 */
@CaseworkIntegrationTest
class ChildCharacteristicsTest {

    /** Team North's child. */
    private static final String NORTH_CHILD = "C5100001";
    /** Team South's child, its record restricted to Team South. */
    private static final String RESTRICTED_CHILD = "C5100002";
    private static final String MISSING_CHILD = "C5199999";
    /** Lambeth's number (208), and the check letter of the rest, D. */
    private static final String UPN = "D208123425001";
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

    @BeforeEach
    void childrenOfTeamsNorthAndSouth() {
        if (published) {
            return;
        }
        published = true;
        allocated(NORTH_CHILD, "CON-510001", "REF-510001", "team-north", "Ava", "Nowak");
        allocated(RESTRICTED_CHILD, "CON-510002", "REF-510002", "team-south", "Leo", "Hughes");
        assertThat(put("south.manager", RESTRICTED_CHILD, "/restriction",
                "{\"restricted\": true, \"reason\": \"A relative of a member of staff\"}").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aSocialWorkerRecordsThemAndTheSummaryTheChronologyAndTheAuditTrailShowThem() throws IOException {
        ResponseEntity<Map<String, Object>> recorded = change("north.worker", NORTH_CHILD, """
                {"sex": "F", "ethnicity": "MWBA", "upn": "d208 1234 25001", "disabilities": ["HEAR", "VIS"]}""");

        assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, Object> expected = new HashMap<>(Map.of("sex", "F", "ethnicity", "MWBA", "upn", UPN,
                "disabilities", List.of("HEAR", "VIS")));
        expected.put("formerUpn", null);
        expected.put("upnUnknownReason", null);
        assertThat(recorded.getBody()).as("the UPN as the returns write it: no spaces, capitals").isEqualTo(expected);
        assertThat(summary("north.worker", NORTH_CHILD).get("characteristics")).isEqualTo(expected);
        assertThat(chronology(NORTH_CHILD)).filteredOn(entry -> entry.get("kind").equals("CharacteristicsRecorded")).singleElement()
                .satisfies(entry -> assertThat(entry).containsEntry("recordedBy", "north.worker")
                        .containsEntry("summary", "Characteristics recorded: sex F, ethnicity MWBA, UPN recorded, disabilities HEAR, VIS.")
                        .containsEntry("occurredOn", LocalDate.now(java.time.ZoneId.of("Europe/London")).toString()));
        assertThat(auditEntries(NORTH_CHILD, "CHARACTERISTICS_CHANGED")).singleElement().satisfies(entry -> assertThat(entry)
                .containsEntry("actor", "north.worker")
                .containsEntry("correlationId", recorded.getHeaders().getFirst("X-Correlation-Id"))
                .containsEntry("detail", "Sex from (none) to F; ethnicity from (none) to MWBA; UPN from (none) to " + UPN
                        + "; disabilities from (none) to HEAR, VIS."));

        String census = census("");
        assertThat(childIn(census, NORTH_CHILD)).contains("<UPN>" + UPN + "</UPN>", "<Sex>F</Sex>", "<Ethnicity>MWBA</Ethnicity>",
                "<Disability>HEAR</Disability>", "<Disability>VIS</Disability>");
        assertThat(childIn(census("&pseudonymised=true"), NORTH_CHILD)).as("a UPN is an identifier: not shared")
                .doesNotContain("<UPN>").contains("<Sex>F</Sex>", "<Ethnicity>MWBA</Ethnicity>");
        assertThat(annexAChildInNeedRow(NORTH_CHILD)).as("Annex A list 6: gender, ethnicity, disability")
                .startsWith(NORTH_CHILD, "b) Female", "g) MWBA").contains("a) Yes");

        ResponseEntity<Map<String, Object>> changedAgain = change("north.manager", NORTH_CHILD, """
                {"sex": "F", "upnUnknownReason": "UN5", "disabilities": ["NONE"]}""");
        assertThat(changedAgain.getBody()).containsEntry("ethnicity", "NOBT").containsEntry("upn", null)
                .containsEntry("upnUnknownReason", "UN5");
        assertThat((String) auditEntries(NORTH_CHILD, "CHARACTERISTICS_CHANGED").get(1).get("detail"))
                .isEqualTo("Ethnicity from MWBA to NOBT; UPN from " + UPN + " to (none); reason for no UPN from (none) to UN5;"
                        + " disabilities from HEAR, VIS to NONE.");
        assertThat(childIn(census(""), NORTH_CHILD)).contains("<UPNunknown>UN5</UPNunknown>", "<Ethnicity>NOBT</Ethnicity>",
                "<Disability>NONE</Disability>").doesNotContain("<UPN>");
    }

    @Test
    void aChildInCaresCharacteristicsAreInTheSsda903HeaderAndTheRulesRunAgainOnceRecorded() throws IOException {
        String child = "C5100004";
        LocalDate started = CollectionYears.current().start().plusWeeks(2);
        LookedAfterJourney.directEntry(feed, child, "CLA-510004").started(started, started.plusWeeks(4), "POLICE_PROTECTION", "L1",
                "N1", new LookedAfterJourney.Where("U6", "PR1", "SE9", false, true));
        consumer.catchUp();
        assertThat(failureCodes(child)).doesNotContain("168");

        // the census's reason UN6 is not one SSDA903 accepts (its rule 168): the record says so at once
        assertThat(change("cic.worker", child, "{\"sex\": \"M\", \"ethnicity\": \"AIND\", \"upnUnknownReason\": \"UN6\"}")
                .getStatusCode()).isEqualTo(HttpStatus.OK);

        assertThat(failureCodes(child)).contains("168");
        byte[] ssda903 = identity.as(http, "performance").getForObject("/api/casework/returns/ssda903.zip?year="
                + CollectionYears.current().label(), byte[].class);
        assertThat(headerRowOf(ssda903, child)).containsEntry("SEX", "M").containsEntry("ETHNIC", "AIND").containsEntry("UPN", "UN6");

        change("cic.worker", child, "{\"sex\": \"M\", \"ethnicity\": \"AIND\", \"upnUnknownReason\": \"UN2\"}");
        assertThat(failureCodes(child)).as("put right").doesNotContain("168");
    }

    @Test
    void untilRecordedTheSummaryHasNoneAndTheCensusTheDfesNotKnown() {
        allocated("C5100003", "CON-510003", "REF-510003", "team-north", "Kai", "Ahmed");

        Map<String, Object> none = new HashMap<>();
        for (String characteristic : List.of("sex", "ethnicity", "upn", "formerUpn", "upnUnknownReason")) {
            none.put(characteristic, null);
        }
        none.put("disabilities", List.of());
        assertThat(summary("north.worker", "C5100003").get("characteristics")).isEqualTo(none);
        assertThat(childIn(census(""), "C5100003")).contains("<Sex>U</Sex>", "<Ethnicity>NOBT</Ethnicity>")
                .doesNotContain("<UPN", "<Disabilities>");
    }

    @Test
    void aRestrictedRecordsCharacteristicsAreRecordedOnlyByItsTeamAndAdministrators() {
        String change = "{\"sex\": \"M\", \"ethnicity\": \"WBRI\"}";

        ResponseEntity<Map<String, Object>> refused = change("north.worker", RESTRICTED_CHILD, change);
        ResponseEntity<Map<String, Object>> missing = change("north.worker", MISSING_CHILD, change);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(comparable(refused.getBody(), RESTRICTED_CHILD)).isEqualTo(comparable(missing.getBody(), MISSING_CHILD));
        assertThat(row(RESTRICTED_CHILD).get("sex")).isNull();
        assertThat(auditEntries(RESTRICTED_CHILD, "READ_DENIED")).anySatisfy(entry -> assertThat(entry)
                .containsEntry("actor", "north.worker")
                .hasEntrySatisfying("detail", detail -> assertThat((String) detail).startsWith("CHANGE_CHARACTERISTICS refused")));

        assertThat(change("south.worker", RESTRICTED_CHILD, change).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(change("admin", RESTRICTED_CHILD, change.replace("WBRI", "WIRI")).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(row(RESTRICTED_CHILD)).containsEntry("sex", "M").containsEntry("ethnicity", "WIRI");
        assertThat(auditEntries(RESTRICTED_CHILD, "CHARACTERISTICS_CHANGED")).extracting(entry -> entry.get("actor"))
                .containsExactly("south.worker", "admin");
    }

    @Test
    void performanceOfficersEarlyHelpAndServiceAccountsMayNotRecordThem() {
        for (String caller : List.of("performance", "eh.worker", "casework-service")) {
            assertThat(change(caller, NORTH_CHILD, "{\"sex\": \"M\"}").getStatusCode()).as(caller).isEqualTo(HttpStatus.FORBIDDEN);
        }
    }

    static Stream<Arguments> badChanges() {
        return Stream.of(
                Arguments.of("a sex that is no DfE code", "{\"sex\": \"X\"}"),
                Arguments.of("the old gender code", "{\"sex\": \"1\"}"),
                Arguments.of("a number for a code", "{\"sex\": 1}"),
                Arguments.of("a code in small letters", "{\"ethnicity\": \"wbri\"}"),
                Arguments.of("an ethnicity that is no DfE code", "{\"ethnicity\": \"WHITE\"}"),
                Arguments.of("a reason for no UPN that is no DfE code", "{\"upnUnknownReason\": \"UN8\"}"),
                Arguments.of("a disability that is no DfE code", "{\"disabilities\": [\"DEAF\"]}"),
                Arguments.of("a UPN with the wrong check letter", "{\"upn\": \"E208123425001\"}"),
                Arguments.of("a UPN with a mistyped digit", "{\"upn\": \"D208123425011\"}"),
                Arguments.of("a UPN of no council", "{\"upn\": \"D999123425001\"}"),
                Arguments.of("a UPN too short", "{\"upn\": \"D20812342500\"}"),
                Arguments.of("a UPN and a reason for none", "{\"upn\": \"" + UPN + "\", \"upnUnknownReason\": \"UN1\"}"),
                Arguments.of("a former UPN of another shape", "{\"formerUpn\": \"X98721238\"}"),
                Arguments.of("NONE with a disability", "{\"disabilities\": [\"NONE\", \"AUT\"]}"),
                Arguments.of("a disability twice", "{\"disabilities\": [\"HEAR\", \"HEAR\"]}"),
                Arguments.of("an unknown field", "{\"sex\": \"M\", \"gender\": \"M\"}"),
                Arguments.of("not JSON", "sex=M"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badChanges")
    void badInputIsA400ProblemAndChangesNothing(String what, String body) {
        Map<String, Object> before = row(NORTH_CHILD);
        List<Map<String, Object>> disabilitiesBefore = disabilities(NORTH_CHILD);
        long auditBefore = auditCount();

        ResponseEntity<Map<String, Object>> answer = change("north.worker", NORTH_CHILD, body);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(answer.getBody()).containsEntry("status", 400);
        assertThat(row(NORTH_CHILD)).isEqualTo(before);
        assertThat(disabilities(NORTH_CHILD)).isEqualTo(disabilitiesBefore);
        assertThat(auditCount()).isEqualTo(auditBefore);
        assertThat(change("north.worker", RESTRICTED_CHILD, body).getStatusCode())
                .as("checked before the record is opened, so it says nothing about a restricted record")
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void aMistypedUpnIsRefusedWithTheCheckLetterItShouldHave() {
        ResponseEntity<Map<String, Object>> answer = change("north.worker", NORTH_CHILD, "{\"upn\": \"E208123425001\"}");

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody()).containsEntry("type", "https://caseflow.example/problems/invalid-input").containsEntry("detail",
                "The first character of this UPN should be its check letter, D: check the UPN for a mistyped character.");
    }

    private void allocated(String laChildId, String contactId, String referralId, String team, String givenName, String familyName) {
        Journeys.of(feed, laChildId, contactId).inTeam(team).referredAndAllocated(referralId, givenName, familyName, "N4",
                team.equals("team-south") ? "south.worker" : "north.worker");
        consumer.catchUp();
    }

    private ResponseEntity<Map<String, Object>> change(String caller, String laChildId, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return identity.as(http, caller).exchange("/api/casework/children/" + laChildId + "/characteristics", HttpMethod.PUT,
                new HttpEntity<>(json, headers), new ParameterizedTypeReference<>() { });
    }

    private ResponseEntity<String> put(String caller, String laChildId, String path, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return identity.as(http, caller).exchange("/api/casework/children/" + laChildId + path, HttpMethod.PUT,
                new HttpEntity<>(json, headers), String.class);
    }

    private Map<String, Object> summary(String caller, String laChildId) {
        return identity.as(http, caller).exchange("/api/casework/children/" + laChildId, HttpMethod.GET, null,
                new ParameterizedTypeReference<Map<String, Object>>() { }).getBody();
    }

    private List<Map<String, Object>> chronology(String laChildId) {
        return identity.as(http, "north.worker").exchange("/api/casework/children/" + laChildId + "/chronology", HttpMethod.GET, null,
                new ParameterizedTypeReference<List<Map<String, Object>>>() { }).getBody();
    }

    /** The census of the current collection year, which the children's open referrals of December 2025 reach. */
    private String census(String options) {
        byte[] census = identity.as(http, "performance").getForObject("/api/casework/returns/cin-census.xml?year="
                + CollectionYears.current().label() + options, byte[].class);
        return new String(census, StandardCharsets.UTF_8);
    }

    /** The DfE rules the child's record breaks, as their care team reads them on the summary. */
    private List<Object> failureCodes(String laChildId) {
        List<Map<String, Object>> failures = (List<Map<String, Object>>) summary("cic.worker", laChildId).get("returnFailures");
        return failures.stream().map(failure -> failure.get("code")).toList();
    }

    /** The child's row of the SSDA903 header table, by column. */
    private static Map<String, String> headerRowOf(byte[] zip, String laChildId) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals("Header.csv")) {
                    String csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))
                            .getRecords().stream().filter(row -> row.get("CHILD").equals(laChildId)).findFirst()
                            .orElseThrow(() -> new AssertionError(laChildId + " is not in the SSDA903 header")).toMap();
                }
            }
        }
        throw new AssertionError("The SSDA903 return has no Header.csv");
    }

    /** The child's row in Annex A's list 6 (children in need) since December 2025, as text cells. */
    private List<String> annexAChildInNeedRow(String laChildId) throws IOException {
        byte[] annexA = identity.as(http, "performance").getForObject("/api/casework/returns/annex-a.xlsx?from=2025-12-01&to="
                + LocalDate.now(java.time.ZoneId.of("Europe/London")), byte[].class);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(annexA))) {
            for (Row row : workbook.getSheet("List 6")) {
                if (laChildId.equals(row.getCell(0).getStringCellValue())) {
                    List<String> cells = new ArrayList<>();
                    row.forEach(cell -> cells.add(cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : ""));
                    return cells;
                }
            }
        }
        throw new AssertionError(laChildId + " is not in Annex A's list 6");
    }

    private static String childIn(String census, String laChildId) {
        String from = census.substring(census.indexOf("<LAchildID>" + laChildId + "</LAchildID>"));
        return from.substring(0, from.indexOf("</Child>"));
    }

    /** The child's audit entries of one kind, oldest first, as the record's own managers read them. */
    private List<Map<String, Object>> auditEntries(String laChildId, String action) {
        String manager = laChildId.equals(RESTRICTED_CHILD) ? "south.manager" : "north.manager";
        ResponseEntity<List<Map<String, Object>>> trail = identity.as(http, manager).exchange(
                "/api/casework/children/" + laChildId + "/audit", HttpMethod.GET, null, new ParameterizedTypeReference<>() { });
        assertThat(trail.getStatusCode()).isEqualTo(HttpStatus.OK);
        return trail.getBody().stream().filter(entry -> entry.get("action").equals(action)).toList();
    }

    private long auditCount() {
        return jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
    }

    private Map<String, Object> row(String laChildId) {
        return jdbc.sql("select sex, ethnicity, upn, former_upn, upn_unknown, updated_at from child where la_child_id = :id")
                .param("id", laChildId).query().singleRow();
    }

    private List<Map<String, Object>> disabilities(String laChildId) {
        return jdbc.sql("select position, disability from child_disability where la_child_id = :id order by position")
                .param("id", laChildId).query().listOfRows();
    }

    /** A problem without its correlation id, and with the id the caller asked for blanked out. */
    private static Map<String, Object> comparable(Map<String, Object> problem, String laChildId) {
        Map<String, Object> comparable = new HashMap<>(problem);
        comparable.remove("correlationId");
        comparable.replaceAll((key, value) -> value instanceof String text ? text.replace(laChildId, "{laChildId}") : value);
        return comparable;
    }
}
