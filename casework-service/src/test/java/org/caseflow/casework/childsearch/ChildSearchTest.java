package org.caseflow.casework.childsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.caseflow.casework.CaseworkIntegrationTest;
import org.caseflow.casework.LookedAfterJourney;
import org.caseflow.casework.LookedAfterJourney.Where;
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
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Practitioners find a child by name, date of birth or LA child id, among the records open to them.
 * The Thistlewoods: Ada (Team North's referral), Ben (known only by name and date of birth), Cara
 * (Team South's, restricted) and Dan (looked after by the Children in Care Team).
 */
@CaseworkIntegrationTest
class ChildSearchTest {

    private static final String ADA = "C8400001";
    private static final String BEN = "C8400002";
    private static final String CARA = "C8400003";
    private static final String DAN = "C8400004";
    private static final Where FOSTER_CARE = new Where("U6", "PR1", "BR1", false, false);
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
    void theThistlewoods() {
        if (published) {
            return;
        }
        published = true;
        referred(ADA, "Ada", "Thistlewood", "team-north", "north.worker");
        jdbc.sql("insert into child (la_child_id, given_name, family_name, date_of_birth) values (:id, 'Ben', 'Thistlewood', '2011-07-19')")
                .param("id", BEN).update();
        referred(CARA, "Cara", "Thistlewood", "team-south", "south.worker");
        inCare(DAN, "Dan", "Thistlewood");
        assertThat(restrict("south.manager", CARA).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aChildIsFoundByNameByDateOfBirthEitherWayAndByLaChildId() {
        assertThat(found("north.worker", "Thistlewood")).containsExactly(ADA, BEN);
        assertThat(found("north.worker", "ada thistle")).as("each word starts a word of the name").containsExactly(ADA);
        assertThat(found("north.worker", "19/07/2011")).contains(BEN).doesNotContain(ADA);
        assertThat(found("north.worker", "2011-07-19")).contains(BEN).doesNotContain(ADA);
        assertThat(found("north.worker", "c8400001")).containsExactly(ADA);
        assertThat(found("north.worker", "Thistlewood 02/04/2016")).as("every term must match").containsExactly(ADA);
        assertThat(found("north.worker", "Thistlewoodson")).isEmpty();

        Document page = search("north.worker", "Thistlewood");
        assertThat(page.selectFirst("#results").text()).isEqualTo("2 children found");
        assertThat(page.select("table.results tbody th a")).extracting(link -> link.attr("href") + " " + link.text())
                .containsExactly("/children/" + ADA + " Thistlewood, Ada", "/children/" + BEN + " Thistlewood, Ben");
        assertThat(page.select("table.results tbody tr").get(1).selectFirst("time").attr("datetime")).isEqualTo("2011-07-19");
        assertThat(page.selectFirst("input[name=q]").val()).isEqualTo("Thistlewood");
    }

    @Test
    void aNameIsMatchedWordByWordWhateverItsHyphensAndApostrophes() {
        jdbc.sql("insert into child (la_child_id, given_name, family_name, date_of_birth) values ('C8400005', 'Zoë', 'O’Brien-Khan', '2012-01-01')")
                .update();

        assertThat(found("north.worker", "o'brien")).containsExactly("C8400005");
        assertThat(found("north.worker", "Khan zoë")).containsExactly("C8400005");
        assertThat(found("north.worker", "O'Brien-Khan")).containsExactly("C8400005");
        assertThat(found("north.worker", "rien")).as("a word matches from its start").doesNotContain("C8400005");
    }

    /** Each child appears to those their record opens to, and only to them; an administrator sees all. */
    @Test
    void restrictedAndLookedAfterChildrenAppearOnlyToThoseTheirRecordsOpenTo() {
        assertThat(found("north.worker", "Thistlewood")).containsExactly(ADA, BEN);
        assertThat(found("north.manager", "Thistlewood")).containsExactly(ADA, BEN);
        assertThat(found("south.worker", "Thistlewood")).containsExactly(ADA, BEN, CARA);
        assertThat(found("cic.worker", "Thistlewood")).containsExactly(ADA, BEN, DAN);
        assertThat(found("admin", "Thistlewood")).containsExactly(ADA, BEN, CARA, DAN);
        assertThat(found("north.worker", CARA)).isEmpty();
        assertThat(found("north.worker", "Dan Thistlewood")).isEmpty();

        assertThat(trail("south.manager", CARA)).filteredOn(entry -> entry.get("action").equals("READ_DENIED"))
                .extracting(entry -> entry.get("actor") + ": " + entry.get("detail"))
                .contains("north.worker: SEARCH \"Thistlewood\" refused: restricted record; allocated to [team-south]");
    }

    /**
     * What the search shows someone a record is closed to is exactly what it showed before that
     * child was recorded at all: the same children, count and words. Searching for the closed
     * record's id is the page of an id nobody has.
     */
    @Test
    void aSearchLeavesNoHintThatAHiddenChildExists() {
        referred("C8400011", "Eve", "Marchbanks", "team-north", "north.worker");
        String before = comparable(raw("north.worker", "Marchbanks").getBody());

        referred("C8400012", "Fay", "Marchbanks", "team-south", "south.worker");
        assertThat(restrict("south.manager", "C8400012").getStatusCode()).isEqualTo(HttpStatus.OK);
        inCare("C8400013", "Gus", "Marchbanks");

        assertThat(comparable(raw("north.worker", "Marchbanks").getBody())).isEqualTo(before);
        assertThat(found("south.worker", "Marchbanks")).as("the hidden child is found by their own team").contains("C8400012");
        ResponseEntity<String> hidden = raw("north.worker", "C8400012");
        ResponseEntity<String> nobody = raw("north.worker", "C8499999");
        assertThat(hidden.getStatusCode()).isEqualTo(HttpStatus.OK).isEqualTo(nobody.getStatusCode());
        assertThat(comparable(hidden.getBody()).replace("C8400012", "{id}")).isEqualTo(comparable(nobody.getBody()).replace("C8499999", "{id}"));
    }

    @Test
    void eachChildShownIsAuditedWithWhatWasSearchedFor() {
        search("north.worker", "Ada Thistlewood");

        assertThat(trail("north.manager", ADA)).filteredOn(entry -> entry.get("action").equals("SEARCH_RESULT"))
                .anySatisfy(entry -> assertThat(entry).containsEntry("actor", "north.worker")
                        .containsEntry("detail", "Shown in the results of a search for \"Ada Thistlewood\""));
    }

    @Test
    void aSearchThatCannotBeRunIsA400PageSayingWhy() {
        for (String query : List.of("<script>alert(1)</script>", "31/02/2016", "a", "Thistlewood%", "x".repeat(101))) {
            ResponseEntity<String> response = raw("north.worker", query);

            assertThat(response.getStatusCode()).as(query).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
            Document page = Jsoup.parse(response.getBody());
            assertThat(page.selectFirst(".error-summary a").attr("href")).isEqualTo("#q");
            assertThat(page.title()).startsWith("Error: ");
            assertThat(page.select("#results")).isEmpty();
            assertThat(page.select("script")).as("what was typed is shown as text, never as markup").isEmpty();
        }
        assertThat(Jsoup.parse(raw("north.worker", "31/02/2016").getBody()).selectFirst(".error-summary a").text())
                .isEqualTo("“31/02/2016” is not a real date.");
    }

    @Test
    void aBlankSearchIsTheFormAlone() {
        ResponseEntity<String> response = identity.as(http, "north.worker").getForEntity("/children", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        Document page = Jsoup.parse(response.getBody());
        assertThat(page.selectFirst("form[role=search]").attr("method")).isEqualTo("get");
        assertThat(page.selectFirst("label[for=q]").text()).isEqualTo("Name, date of birth or LA child id");
        assertThat(page.select("#results, .error-summary")).isEmpty();
    }

    @Test
    void performanceOfficersAndEarlyHelpMayNotSearch() {
        assertThat(raw("performance", "Thistlewood").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(raw("eh.worker", "Thistlewood").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.getForEntity("/children?q=Thistlewood", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private List<String> found(String user, String query) {
        return search(user, query).select("table.results td.child-id").eachText();
    }

    private Document search(String user, String query) {
        ResponseEntity<String> response = raw(user, query);
        assertThat(response.getStatusCode()).as(query).isEqualTo(HttpStatus.OK);
        return Jsoup.parse(response.getBody());
    }

    private ResponseEntity<String> raw(String user, String query) {
        // a URI, so that the query is encoded once, here
        return identity.as(http, user).getForEntity(
                URI.create(UriComponentsBuilder.fromPath("/children").queryParam("q", query).encode().build().toUriString()), String.class);
    }

    /** The page without what differs by request: its stylesheet's nonce. */
    private static String comparable(String page) {
        return page.replaceAll("nonce=\"[^\"]*\"", "nonce=\"\"");
    }

    private void referred(String laChildId, String givenName, String familyName, String team, String worker) {
        String number = laChildId.substring(1);
        Journeys child = Journeys.of(feed, laChildId, "CON-" + number).inTeam(team);
        child.contactReceived(LocalDateTime.of(2025, 12, 19, 10, 30), LocalDate.of(2025, 12, 22), givenName, familyName);
        child.contactDecided("REFERRAL", LocalDate.of(2025, 12, 22), LocalDate.of(2025, 12, 22));
        child.referralReceived("REF-" + number, LocalDate.of(2025, 12, 22), LocalDate.of(2026, 2, 26));
        child.allocated(worker, LocalDate.of(2025, 12, 23), LocalDate.of(2026, 2, 26));
        consumer.catchUp();
    }

    /** Named by a contact, then taken into care directly by the Children in Care Team. */
    private void inCare(String laChildId, String givenName, String familyName) {
        String number = laChildId.substring(1);
        Journeys.of(feed, laChildId, "CON-" + number)
                .contactReceived(LocalDateTime.of(2026, 3, 2, 9, 0), LocalDate.of(2026, 3, 3), givenName, familyName);
        LookedAfterJourney.directEntry(feed, laChildId, "LAC-" + number)
                .started(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 30), "POLICE_PROTECTION", "L1", "N1", FOSTER_CARE);
        consumer.catchUp();
    }

    private ResponseEntity<String> restrict(String user, String laChildId) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return identity.as(http, user).exchange("/api/casework/children/" + laChildId + "/restriction", HttpMethod.PUT,
                new HttpEntity<>("{\"restricted\": true, \"reason\": \"A member of staff's relative\"}", headers), String.class);
    }

    private List<Map<String, Object>> trail(String user, String laChildId) {
        ResponseEntity<List<Map<String, Object>>> response = identity.as(http, user).exchange(
                "/api/casework/children/" + laChildId + "/audit", HttpMethod.GET, null, new ParameterizedTypeReference<>() { });
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }
}
