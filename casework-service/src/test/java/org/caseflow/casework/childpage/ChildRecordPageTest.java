package org.caseflow.casework.childpage;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.caseflow.casework.CaseworkIntegrationTest;
import org.caseflow.casework.ChildInNeedJourney;
import org.caseflow.casework.ChildProtectionJourney;
import org.caseflow.casework.EarlyHelpJourney;
import org.caseflow.casework.LookedAfterJourney;
import org.caseflow.casework.LookedAfterJourney.Where;
import org.caseflow.journey.events.BusinessDates;
import org.caseflow.journey.events.childprotection.CpPlanWorkDue;
import org.caseflow.support.feed.JourneyFeedConsumer;
import org.caseflow.testsupport.FeedStub;
import org.caseflow.testsupport.Journeys;
import org.caseflow.testsupport.TestIdentity;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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

/**
 * The child's record as a page, read back as HTML and checked against the JSON views of the same
 * child: a child referred to Team North, whose assessment is still open, on a child protection plan
 * whose visit is overdue and whose core group is due today. Dates are counted from today, as the
 * page judges them on today's date.
 */
@CaseworkIntegrationTest
class ChildRecordPageTest {

    private static final String CHILD = "C8600001";
    private static final String PLAN = "CPP-860001";
    private static final LocalDate TODAY = LocalDate.now(BusinessDates.LONDON);
    private static final LocalDate REFERRED = TODAY.minusDays(70);
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
    void aChildOnAChildProtectionPlanWithItsAssessmentStillOpen() {
        if (published) {
            return;
        }
        published = true;
        Journeys child = Journeys.of(feed, CHILD, "CON-860001");
        child.contactReceived(REFERRED.atTime(10, 30), REFERRED.plusDays(1), "Jack", "Walker");
        child.contactDecided("REFERRAL", REFERRED, REFERRED.plusDays(1));
        child.referralReceived("REF-860001", REFERRED, TODAY.plusDays(20));
        child.allocated("north.worker", REFERRED.plusDays(1), TODAY.plusDays(20));
        ChildProtectionJourney protection = ChildProtectionJourney.of(feed, CHILD, "CON-860001", "REF-860001");
        protection.strategyDiscussion(REFERRED.plusDays(5), REFERRED.plusDays(6), "SECTION_47");
        protection.section47Completed(REFERRED.plusDays(5), REFERRED.plusDays(12), REFERRED.plusDays(26), "INITIAL_CONFERENCE");
        protection.initialConference(REFERRED.plusDays(5), REFERRED.plusDays(20), REFERRED.plusDays(26), "CHILD_PROTECTION_PLAN");
        protection.planStarted(PLAN, REFERRED.plusDays(20), REFERRED.plusDays(34), REFERRED.plusDays(30), TODAY.plusMonths(1));
        protection.visit(PLAN, REFERRED.plusDays(25), REFERRED.plusDays(30), true, true);
        protection.workDue(CpPlanWorkDue.VISIT_DUE, PLAN, REFERRED.plusDays(25), TODAY.minusDays(3));
        protection.coreGroup(PLAN, REFERRED.plusDays(30), REFERRED.plusDays(34));
        protection.workDue(CpPlanWorkDue.CORE_GROUP_DUE, PLAN, REFERRED.plusDays(30), TODAY);
        consumer.catchUp();
    }

    @Test
    void theSummaryAndTheOpenEpisodesAreTheJsonSummarys() {
        Map<String, Object> summary = json("north.worker", "", new ParameterizedTypeReference<Map<String, Object>>() { });
        Document page = page("north.worker", "/children/" + CHILD);

        assertThat(page.selectFirst("h1").text()).isEqualTo(summary.get("givenName") + " " + summary.get("familyName"));
        assertThat(page.select("#who ~ dl time").attr("datetime")).isEqualTo(summary.get("dateOfBirth"));
        Map<String, Object> allocation = map(summary.get("allocatedWorker"));
        assertThat(page.selectFirst("dd.worker").text()).contains((String) allocation.get("worker"));
        assertThat(page.selectFirst("dd.team").text()).contains((String) allocation.get("team"));

        List<Map<String, Object>> episodes = list(summary.get("openEpisodes"));
        List<Element> rows = page.select("table.episodes tbody tr");
        assertThat(rows).hasSameSizeAs(episodes).isNotEmpty();
        for (int i = 0; i < episodes.size(); i++) {
            assertThat(rows.get(i).selectFirst("th").text()).isEqualTo(episodes.get(i).get("episodeId"));
            assertThat(rows.get(i).selectFirst("td.stage").attr("data-stage")).isEqualTo(episodes.get(i).get("stage"))
                    .isEqualTo("CHILD_PROTECTION_PLAN");
            assertThat(rows.get(i).selectFirst("td.stage").text()).isEqualTo("Child protection plan");
            assertThat(rows.get(i).selectFirst("td.team").attr("data-team")).isEqualTo(episodes.get(i).get("team"));
        }
        assertThat(page.select("#child-protection ~ dl dd").first().text()).startsWith(PLAN);
    }

    @Test
    void theDatesComingUpAreTheSummarysDueDatesSoonestFirstWithTheOverdueOneSaidSo() {
        Map<String, Object> summary = json("north.worker", "", new ParameterizedTypeReference<Map<String, Object>>() { });
        Map<String, Object> plan = map(map(summary.get("childProtection")).get("currentPlan"));
        List<String> due = new ArrayList<>(List.of((String) map(summary.get("openAssessment")).get("dueOn"),
                (String) plan.get("nextVisitDueOn"), (String) plan.get("nextCoreGroupDueOn"), (String) plan.get("nextReviewConferenceDueOn")));
        Collections.sort(due);

        Document page = page("north.worker", "/children/" + CHILD);
        List<Element> rows = page.select("table.upcoming tbody tr");
        assertThat(rows).extracting(row -> row.selectFirst("time").attr("datetime")).containsExactlyElementsOf(due);

        Element visit = row(rows, "Child protection visit");
        assertThat(visit.selectFirst("time").attr("datetime")).isEqualTo(TODAY.minusDays(3).toString());
        assertThat(visit.hasClass("overdue")).isTrue();
        assertThat(visit.selectFirst("td.status").text()).startsWith("Overdue");
        assertThat(row(rows, "Core group meeting").selectFirst("td.status").text()).isEqualTo("At risk: due today");
        assertThat(row(rows, "Child and family assessment").selectFirst("td.status").text()).startsWith("Due in ");
        assertThat(row(rows, "Child and family assessment").select("td").get(2).text()).isEqualTo("T3: 45 working days");
        assertThat(row(rows, "First review child protection conference").hasClass("overdue")).isFalse();
        assertThat(page.selectFirst(".notice").text()).startsWith("1 statutory date is overdue.");
    }

    @Test
    void theChronologyIsTheJsonChronologyNewestFirstOnItsBusinessDates() {
        List<Map<String, Object>> chronology = json("north.worker", "/chronology", new ParameterizedTypeReference<List<Map<String, Object>>>() { });
        Collections.reverse(chronology);

        List<Element> rows = page("north.worker", "/children/" + CHILD).select("table.chronology tbody tr");

        assertThat(rows).hasSize(chronology.size()).hasSizeGreaterThan(8);
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.get(i).selectFirst("time").attr("datetime")).isEqualTo(chronology.get(i).get("occurredOn"));
            assertThat(rows.get(i).attr("data-kind")).isEqualTo(chronology.get(i).get("kind"));
            assertThat(rows.get(i).selectFirst("td.summary-text").text()).isEqualTo(chronology.get(i).get("summary"));
        }
        assertThat(rows.get(rows.size() - 1).selectFirst("td.kind").text()).isEqualTo("Contact received");
    }

    @Test
    void theChronologyIsFilteredByKindWithAPlainGetForm() {
        Document all = page("north.worker", "/children/" + CHILD);
        Element form = all.selectFirst("form.filter");
        assertThat(form.attr("method")).isEqualTo("get");
        assertThat(form.attr("action")).isEqualTo("/children/" + CHILD + "#chronology");
        assertThat(form.select("select[name=kind] option")).extracting(option -> option.attr("value"))
                .contains("", "CpVisitMade", "StrategyDiscussionHeld", "ContactReceived");

        Document visits = page("north.worker", "/children/" + CHILD + "?kind=CpVisitMade");

        List<Element> rows = visits.select("table.chronology tbody tr");
        assertThat(rows).hasSize(1).allSatisfy(row -> assertThat(row.attr("data-kind")).isEqualTo("CpVisitMade"));
        assertThat(rows.get(0).selectFirst("time").attr("datetime")).isEqualTo(REFERRED.plusDays(25).toString());
        assertThat(visits.selectFirst("select[name=kind] option[selected]").attr("value")).isEqualTo("CpVisitMade");
        assertThat(visits.selectFirst("p.shown").text()).startsWith("1 of " + all.select("table.chronology tbody tr").size() + " entries");

        Document none = page("north.worker", "/children/" + CHILD + "?kind=FosterCarerApproved");
        assertThat(none.select("table.chronology")).isEmpty();
        assertThat(none.selectFirst("#chronology ~ p.shown").text()).startsWith("0 of ");
    }

    /**
     * A section for each service the child has had, and none for the others; each service's dates
     * coming up are those its JSON view answers: here a child in need plan from the assessment and
     * an Early Help episode from a later contact.
     */
    @Test
    void eachServiceTheChildHasHadHasItsSectionAndItsDatesComingUp() {
        String child = "C8600004";
        Journeys referral = Journeys.of(feed, child, "CON-860004");
        referral.contactReceived(REFERRED.atTime(9, 0), REFERRED.plusDays(1), "Mia", "Green");
        referral.contactDecided("REFERRAL", REFERRED, REFERRED.plusDays(1));
        referral.referralReceived("REF-860004", REFERRED, REFERRED.plusDays(60));
        referral.allocated("north.worker", REFERRED.plusDays(1), REFERRED.plusDays(60));
        referral.assessmentCompleted(REFERRED.plusDays(2), REFERRED.plusDays(30), "CHILD_IN_NEED_PLAN", REFERRED.plusDays(60));
        ChildInNeedJourney.of(feed, child, "CON-860004", "REF-860004")
                .planStarted("CIN-860004", REFERRED.plusDays(30), "ASSESSMENT", TODAY.plusDays(5), TODAY.plusMonths(2));
        Journeys.of(feed, child, "CON-860005").contactReceived(REFERRED.plusDays(40).atTime(9, 0), REFERRED.plusDays(41), "Mia", "Green");
        EarlyHelpJourney.of(feed, child, "CON-860005", "EH-860005").startedAtTheFrontDoor(REFERRED.plusDays(40), TODAY.minusDays(1));
        consumer.catchUp();

        Document page = page("north.worker", "/children/" + child);
        Document planChild = page("north.worker", "/children/" + CHILD);

        assertThat(page.select("#child-in-need, #early-help")).hasSize(2);
        assertThat(page.select("#child-protection, #looked-after")).isEmpty();
        assertThat(planChild.select("#child-protection")).hasSize(1);
        assertThat(planChild.select("#child-in-need, #early-help, #looked-after")).isEmpty();
        Map<String, Object> cinPlan = map(map(jsonOf(child, "").get("childInNeed")).get("currentPlan"));
        Map<String, Object> episode = list(jsonOf(child, "/early-help").get("episodes")).get(0);
        List<Element> rows = page.select("table.upcoming tbody tr");
        assertThat(rows).extracting(row -> row.selectFirst("th").text() + " " + row.selectFirst("time").attr("datetime"))
                .containsExactly("Early Help assessment " + episode.get("assessmentDueOn"),
                        "Child in need visit " + cinPlan.get("nextVisitDueOn"),
                        "Child in need plan review " + cinPlan.get("nextReviewDueOn"));
        assertThat(rows.get(0).hasClass("overdue")).isTrue();
        assertThat(page.selectFirst("#early-help ~ table tbody th").text()).isEqualTo("EH-860005");
        assertThat(page.select("#child-in-need ~ dl dd").first().text()).startsWith("CIN-860004");
    }

    /**
     * What inspectors look for on the record: each decision a manager made or endorsed, with their
     * direction, and each contact's police-notification delays and whether the referrer was told.
     * The same page is closed, entries and all, to someone the record is closed to.
     */
    @Test
    void theRecordShowsManagementOversightAndEachContactsDelaysAndReferrerFollowUp() {
        String child = "C8600005";
        LocalDate arrived = TODAY.minusDays(40);
        feed.publish("ContactReceived", child, "CON-860006", null, arrived, arrived.plusDays(1), "front-door", "frontdoor.worker",
                Map.of("childGivenName", "Ava", "childFamilyName", "Stone", "childDateOfBirth", "2018-05-01", "contactSource", "POLICE",
                        "contactReceivedAt", arrived + "T09:15", "contactReason", "Domestic abuse notification.",
                        "incidentDate", arrived.minusDays(18).toString(), "contactChannel", "EMAIL"));
        feed.publish("ContactDecided", child, "CON-860006", null, arrived.plusDays(1), arrived.plusDays(1), "front-door",
                "frontdoor.manager", Map.of("contactOutcome", "NO_FURTHER_ACTION", "decisionDate", arrived.plusDays(1).toString(),
                        "decisionRationale", "Mother has moved out with the children.", "referrerFollowUp", "NOT_TOLD",
                        "referrerNotToldReason", "The duty worker is to write.", "oversight", "CONTACT_DECISION",
                        "oversightDirection", "Mother has moved out with the children."));
        Journeys again = Journeys.of(feed, child, "CON-860007");
        again.contactReceived(arrived.plusDays(20).atTime(10, 0), arrived.plusDays(21), "Ava", "Stone");
        again.contactDecided("STRATEGY_DISCUSSION", arrived.plusDays(20), arrived.plusDays(21));
        again.referralReceived("REF-860007", arrived.plusDays(20), TODAY.plusDays(40));
        ChildProtectionJourney enquiry = ChildProtectionJourney.of(feed, child, "CON-860007", "REF-860007");
        enquiry.strategyDiscussion(arrived.plusDays(21), arrived.plusDays(21), "SECTION_47");
        enquiry.section47Submitted(arrived.plusDays(21), arrived.plusDays(30), TODAY.plusDays(1), "INITIAL_CONFERENCE");
        enquiry.section47EndorsementDecided("ENDORSE", "INITIAL_CONFERENCE", arrived.plusDays(31), TODAY.plusDays(1),
                "Threshold met; conference agreed.");
        enquiry.section47Endorsed(arrived.plusDays(21), arrived.plusDays(30), arrived.plusDays(31), TODAY.plusDays(1),
                "INITIAL_CONFERENCE");
        consumer.catchUp();

        Document page = page("north.worker", "/children/" + child);

        List<Element> decisions = page.select("table.oversight tbody tr");
        assertThat(decisions).extracting(row -> row.attr("data-point")).containsExactly("CONTACT_DECISION", "SECTION_47_OUTCOME");
        assertThat(decisions.get(1).selectFirst("time").attr("datetime")).isEqualTo(arrived.plusDays(31).toString());
        assertThat(decisions.get(1).selectFirst("td.direction").text()).isEqualTo("Threshold met; conference agreed.");
        assertThat(decisions.get(1).selectFirst("td.said").text()).contains("endorsed by north.manager");
        assertThat(decisions.get(0).selectFirst("td.direction").text()).isEqualTo("Mother has moved out with the children.");
        Element police = page.selectFirst("table.contacts tr[data-contact=CON-860006]");
        assertThat(police.selectFirst("td.delays").text()).isEqualTo("Incident on " + words(arrived.minusDays(18))
                + ", 18 days before it arrived; decided 19 days after the incident");
        assertThat(police.selectFirst("td.decision").text()).isEqualTo("No further action on " + words(arrived.plusDays(1))
                + " (1 day after it arrived)");
        assertThat(police.selectFirst("td.referrer").text()).isEqualTo("Not told: The duty worker is to write."
                + " Closed without the referrer being told");
        assertThat(page.select("table.contacts tbody tr")).extracting(row -> row.attr("data-contact"))
                .as("the same contacts as the JSON, newest first").containsExactlyElementsOf(
                        identity.as(http, "north.worker").exchange("/api/casework/children/" + child + "/contacts", HttpMethod.GET,
                                null, new ParameterizedTypeReference<List<Map<String, Object>>>() { }).getBody().stream()
                                .map(contact -> (String) contact.get("contactId")).toList());
        assertThat(page.selectFirst("td.endorsed").text()).startsWith(words(arrived.plusDays(31)) + " by ");

        assertThat(restrict("north.manager", child).getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<String> closed = identity.as(http, "south.worker").getForEntity("/children/" + child, String.class);
        assertThat(closed.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(closed.getBody()).doesNotContain("Threshold met", "Mother has moved out", "Incident on");
        assertThat(page("north.worker", "/children/" + child).select("table.oversight tbody tr")).hasSize(2);
    }

    @Test
    void theRecordLinksToTheChildsOpenTasksInTasklist() {
        Element tasks = page("north.worker", "/children/" + CHILD).selectFirst("a.tasks");

        assertThat(tasks.text()).isEqualTo("Open Jack Walker's tasks in Tasklist");
        assertThat(URLDecoder.decode(tasks.attr("href"), StandardCharsets.UTF_8))
                .isEqualTo("/camunda/app/tasklist/default/#/?searchQuery=[{\"type\":\"processVariables\",\"operator\":\"eq\","
                        + "\"value\":\"'" + CHILD + "'\",\"name\":\"laChildId\"}]");
    }

    @Test
    void eachViewIsAuditedAsOneReadNamingWhatItShowed() {
        page("north.worker", "/children/" + CHILD + "?kind=CpVisitMade");

        assertThat(trail("north.manager", CHILD)).filteredOn(entry -> entry.get("action").equals("READ_RECORD_PAGE"))
                .anySatisfy(entry -> assertThat(entry).containsEntry("actor", "north.worker").containsEntry("detail",
                        "Record page: summary, upcoming dates, chronology of kind CpVisitMade, child protection, contacts"));
    }

    /** The basics of WCAG 2.2 AA that a page's markup decides. */
    @Test
    void thePageHasALanguageLandmarksHeadingsInOrderAndTablesWithHeaders() {
        ResponseEntity<String> response = identity.as(http, "north.worker").getForEntity("/children/" + CHILD, String.class);
        Document page = Jsoup.parse(response.getBody());

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en-GB");
        assertThat(page.selectFirst("a").attr("href")).as("a skip link comes first").isEqualTo("#main");
        assertThat(page.select("main#main")).hasSize(1);
        assertThat(page.select("header, nav, footer")).hasSize(3);
        assertThat(page.select("h1")).hasSize(1);
        int level = 1;
        for (Element heading : page.select("h1, h2, h3, h4")) {
            int next = Integer.parseInt(heading.tagName().substring(1));
            assertThat(next).as("heading %s follows an h%d", heading.text(), level).isLessThanOrEqualTo(level + 1);
            level = next;
        }
        assertThat(page.select("table")).isNotEmpty().allSatisfy(table -> {
            assertThat(table.select("caption")).hasSize(1);
            assertThat(table.select("thead th")).allSatisfy(header -> assertThat(header.attr("scope")).isEqualTo("col"));
            assertThat(table.select("tbody th")).allSatisfy(header -> assertThat(header.attr("scope")).isEqualTo("row"));
        });
        assertThat(page.select("label[for]")).allSatisfy(label -> assertThat(page.getElementById(label.attr("for"))).isNotNull());
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
        String nonce = page.selectFirst("style").attr("nonce");
        assertThat(response.getHeaders().getFirst("Content-Security-Policy"))
                .isEqualTo("default-src 'none'; style-src 'nonce-" + nonce + "'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'");
        assertThat(page.select("script, link[rel=stylesheet], img")).as("no script, no external asset").isEmpty();
    }

    /**
     * Someone a record is closed to (a restricted record of Team South, a looked-after child of the
     * care team) gets the very page a child nobody has gets, status and all, and the refusal is in
     * the record's audit trail.
     */
    @Test
    void aRefusedRecordIsTheSamePageAsAMissingChildAndTheRefusalIsAudited() {
        String restricted = "C8600002";
        Journeys south = Journeys.of(feed, restricted, "CON-860002").inTeam("team-south");
        south.contactReceived(LocalDateTime.of(2025, 12, 19, 10, 30), LocalDate.of(2025, 12, 22), "Rae", "Hidden");
        south.contactDecided("REFERRAL", LocalDate.of(2025, 12, 22), LocalDate.of(2025, 12, 22));
        south.referralReceived("REF-860002", LocalDate.of(2025, 12, 22), LocalDate.of(2026, 2, 26));
        south.allocated("south.worker", LocalDate.of(2025, 12, 23), LocalDate.of(2026, 2, 26));
        String lookedAfter = "C8600003";
        LookedAfterJourney.directEntry(feed, lookedAfter, "LAC-860003").started(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 30),
                "POLICE_PROTECTION", "L1", "N1", new Where("U6", "PR1", "BR1", false, false));
        consumer.catchUp();
        assertThat(restrict("south.manager", restricted).getStatusCode()).isEqualTo(HttpStatus.OK);
        String missing = "C8699999";

        for (String[] refusal : new String[][] {{"north.worker", restricted}, {"south.worker", lookedAfter}}) {
            ResponseEntity<String> refused = identity.as(http, refusal[0]).getForEntity("/children/" + refusal[1], String.class);
            ResponseEntity<String> notFound = identity.as(http, refusal[0]).getForEntity("/children/" + missing, String.class);

            assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND).isEqualTo(notFound.getStatusCode());
            assertThat(refused.getHeaders().getContentType()).isEqualTo(notFound.getHeaders().getContentType());
            assertThat(comparable(refused.getBody(), refusal[1])).isEqualTo(comparable(notFound.getBody(), missing));
            assertThat(Jsoup.parse(refused.getBody()).selectFirst("main p").text()).isEqualTo("No child has LA child id " + refusal[1] + ".");
        }
        assertThat(trail("south.manager", restricted)).filteredOn(entry -> entry.get("action").equals("READ_DENIED"))
                .extracting(entry -> entry.get("actor") + ": " + entry.get("detail"))
                .containsExactly("north.worker: READ_RECORD_PAGE refused: restricted record; allocated to [team-south]");
        assertThat(trail("cic.manager", lookedAfter)).filteredOn(entry -> entry.get("action").equals("READ_DENIED"))
                .extracting(entry -> entry.get("actor") + ": " + entry.get("detail")).singleElement()
                .asString().startsWith("south.worker: READ_RECORD_PAGE refused: looked-after child; open to [team-cic");
        assertThat(identity.as(http, "south.worker").getForEntity("/children/" + restricted, String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        Document inCare = page("cic.worker", "/children/" + lookedAfter);
        assertThat(inCare.select("#looked-after ~ dl dd").first().text()).endsWith("(LAC-860003)");
        Map<String, Object> period = map(map(json("cic.worker", lookedAfter, "").get("lookedAfter")).get("currentPeriod"));
        assertThat(inCare.select("table.upcoming tbody tr")).extracting(row -> row.selectFirst("th").text() + " "
                + row.selectFirst("time").attr("datetime") + " " + row.select("td").get(2).text())
                .contains("Looked-after child review " + period.get("nextReviewDueOn") + " T17: 20 working days");
    }

    @Test
    void performanceOfficersAndEarlyHelpAreRefusedByRoleAsTheJsonIs() {
        for (String user : List.of("performance", "eh.worker")) {
            assertThat(identity.as(http, user).getForEntity("/children/" + CHILD, String.class).getStatusCode()).as(user)
                    .isEqualTo(HttpStatus.FORBIDDEN)
                    .isEqualTo(identity.as(http, user).getForEntity("/api/casework/children/" + CHILD, String.class).getStatusCode());
        }
        assertThat(http.getForEntity("/children/" + CHILD, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    /** Checked before any record is read, so the answer is the same for a child who exists and one who does not. */
    @Test
    void anAddressThePageCannotTakeIsA400PageSayingWhy() {
        for (String path : List.of("/children/C83-00001", "/children/" + CHILD + "?kind=Cp+Visit", "/children/C8699999?kind=%3Cb%3E")) {
            ResponseEntity<String> bad = identity.as(http, "north.worker").getForEntity(path, String.class);

            assertThat(bad.getStatusCode()).as(path).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(bad.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
            assertThat(Jsoup.parse(bad.getBody()).selectFirst("h1").text()).isEqualTo("This address cannot be opened");
        }
    }

    /** A date as the page says it: "2 April 2016". */
    private static String words(LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));
    }

    /** The page without what differs by request (its stylesheet's nonce), with the asked-for id blanked out. */
    private static String comparable(String page, String laChildId) {
        return page.replaceAll("nonce=\"[^\"]*\"", "nonce=\"\"").replace(laChildId, "{laChildId}");
    }

    private static Element row(List<Element> rows, String work) {
        return rows.stream().filter(row -> row.selectFirst("th").text().equals(work)).findFirst()
                .orElseThrow(() -> new AssertionError("No row for " + work));
    }

    private Document page(String user, String path) {
        ResponseEntity<String> response = identity.as(http, user).getForEntity(path, String.class);
        assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        return Jsoup.parse(response.getBody());
    }

    private Map<String, Object> jsonOf(String laChildId, String view) {
        return json("north.worker", laChildId, view);
    }

    private Map<String, Object> json(String user, String laChildId, String view) {
        ResponseEntity<Map<String, Object>> response = identity.as(http, user).exchange(
                "/api/casework/children/" + laChildId + view, HttpMethod.GET, null, new ParameterizedTypeReference<>() { });
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private <T> T json(String user, String view, ParameterizedTypeReference<T> type) {
        ResponseEntity<T> response = identity.as(http, user).exchange("/api/casework/children/" + CHILD + view, HttpMethod.GET, null, type);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private List<Map<String, Object>> trail(String user, String laChildId) {
        ResponseEntity<List<Map<String, Object>>> response = identity.as(http, user).exchange(
                "/api/casework/children/" + laChildId + "/audit", HttpMethod.GET, null, new ParameterizedTypeReference<>() { });
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private ResponseEntity<String> restrict(String user, String laChildId) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return identity.as(http, user).exchange("/api/casework/children/" + laChildId + "/restriction", HttpMethod.PUT,
                new HttpEntity<>("{\"restricted\": true, \"reason\": \"A member of staff's relative\"}", headers), String.class);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }
}
