package org.caseflow.kpi.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.caseflow.kpi.KpiIntegrationTest;
import org.caseflow.support.directory.Directory;
import org.caseflow.support.directory.Directory.Person;
import org.caseflow.support.directory.Employment;
import org.caseflow.support.feed.JourneyFeedConsumer;
import org.caseflow.testsupport.FeedStub;
import org.caseflow.testsupport.Journeys;
import org.caseflow.testsupport.TestIdentity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The workforce measures computed from events the feed delivered and the demo directory, through the API, for
 * April to June 2026 (financial year 2026-27), months no other test reports on and after every other test's facts.
 * Only this test allocates children to workers or supervises them. What the demo directory says of its people (who
 * holds cases, their FTE, who is permanent) is read from it here, so that the test follows the directory; what the
 * journeys did is this test's own.
 *
 * <p>At the end of 30 June 2026:
 * <ul>
 *   <li>Sam Taylor ({@code north.worker}) holds 26 children: 24 referred on 1 April, still being assessed; Wyn,
 *       referred on 6 April; and Xavi, allocated to Tom Hughes ({@code south.worker}) for his assessment and to Sam as
 *       the lead of his child protection plan from 12 May;</li>
 *   <li>Tom holds no one: Yara's assessment ended in no further action on 20 May;</li>
 *   <li>Leah Brooks ({@code newfutures.worker}, in her ASYE from 11 May) leads Zac's child in need plan from 5 May,
 *       which Sam assessed;</li>
 *   <li>Amara Nwosu ({@code cic.worker}) has Vic, in care since 20 April; Uma, in care since 15 April, was reallocated
 *       from Amara to Nadia Rahman ({@code cic.agency}) on 1 June;</li>
 *   <li>Tia, allocated to a manager, and Sol, allocated to someone who has left, are in no caseload.</li>
 * </ul>
 */
@KpiIntegrationTest
class WorkforceMeasuresTest {

    private static final LocalDate JUNE_END = LocalDate.of(2026, 6, 30);
    private static final int STILL_BEING_ASSESSED = 24;
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
    Directory directory;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void publishOnce() {
        if (published) {
            return;
        }
        published = true;
        WorkforceJourneys workforce = new WorkforceJourneys(feed);
        IntStream.rangeClosed(1, STILL_BEING_ASSESSED).forEach(child -> {
            Journeys referred = Journeys.of(feed, "C77001%02d".formatted(child), "CON-7701%02d".formatted(child));
            referred.referralReceived("REF-7701%02d".formatted(child), LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 4));
            referred.allocated("north.worker", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 4));
        });
        // Wyn
        Journeys wyn = Journeys.of(feed, "C7700201", "CON-770201");
        wyn.referralReceived("REF-770201", LocalDate.of(2026, 4, 6), LocalDate.of(2026, 6, 9));
        wyn.allocated("north.worker", LocalDate.of(2026, 4, 8), LocalDate.of(2026, 6, 9));
        // Xavi: assessed by Tom, on a child protection plan led by Sam from 12 May
        Journeys xavi = Journeys.of(feed, "C7700202", "CON-770202");
        xavi.referralReceived("REF-770202", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 4));
        xavi.allocated("south.worker", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 4));
        workforce.cpPlanStarted("C7700202", "REF-770202", "CPP-770202", LocalDate.of(2026, 5, 12), "north.worker");
        // Yara: Tom's, no further action on 20 May
        Journeys yara = Journeys.of(feed, "C7700203", "CON-770203");
        yara.referralReceived("REF-770203", LocalDate.of(2026, 4, 6), LocalDate.of(2026, 6, 9));
        yara.allocated("south.worker", LocalDate.of(2026, 4, 7), LocalDate.of(2026, 6, 9));
        yara.assessmentCompleted(LocalDate.of(2026, 4, 7), LocalDate.of(2026, 5, 20), "NO_FURTHER_ACTION", LocalDate.of(2026, 6, 9));
        // Zac: assessed by Sam, a child in need plan led by Leah from 5 May
        Journeys zac = Journeys.of(feed, "C7700204", "CON-770204");
        zac.referralReceived("REF-770204", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 4));
        zac.allocated("north.worker", LocalDate.of(2026, 4, 2), LocalDate.of(2026, 6, 4));
        zac.assessmentCompleted(LocalDate.of(2026, 4, 2), LocalDate.of(2026, 5, 5), "CHILD_IN_NEED_PLAN", LocalDate.of(2026, 6, 4));
        workforce.cinPlanStarted("C7700204", "REF-770204", "CIN-770204", LocalDate.of(2026, 5, 5), "newfutures.worker");
        // Vic and Uma, in care
        workforce.careStarted("C7700205", "LAC-770205", LocalDate.of(2026, 4, 20), "cic.worker");
        workforce.careStarted("C7700206", "LAC-770206", LocalDate.of(2026, 4, 15), "cic.worker");
        workforce.reallocated("C7700206", "cic.worker", "cic.agency", LocalDate.of(2026, 6, 1));
        // Tia and Sol
        Journeys tia = Journeys.of(feed, "C7700207", "CON-770207");
        tia.referralReceived("REF-770207", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 4));
        tia.allocated("north.manager", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 4));
        Journeys sol = Journeys.of(feed, "C7700208", "CON-770208");
        sol.referralReceived("REF-770208", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 4));
        sol.allocated("former.worker", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 4));

        // Supervisions due in May: Sam's on the 15th, held the 14th; Amara's on the 31st, held that day; Nadia's on the
        // 1st, held the 2nd; Leah's (weekly in her ASYE) on the 18th, held that day, then on the 25th, held the 26th; and
        // a former worker's on the 20th, held the 19th. In June: Sam's on the 14th, held the 16th; Hannah's
        // (disability.worker) on the 1st, held on 30 May; Leah's on 2 June, not held
        workforce.supervisionDue("north.worker", LocalDate.of(2026, 4, 15), LocalDate.of(2026, 5, 15));
        workforce.supervisionHeld("north.worker", LocalDate.of(2026, 5, 14), LocalDate.of(2026, 5, 15));
        workforce.supervisionDue("north.worker", LocalDate.of(2026, 5, 14), LocalDate.of(2026, 6, 14));
        workforce.supervisionHeld("north.worker", LocalDate.of(2026, 6, 16), LocalDate.of(2026, 6, 14));
        workforce.supervisionDue("cic.worker", LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 31));
        workforce.supervisionHeld("cic.worker", LocalDate.of(2026, 5, 31), LocalDate.of(2026, 5, 31));
        workforce.supervisionDue("cic.agency", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 1));
        workforce.supervisionHeld("cic.agency", LocalDate.of(2026, 5, 2), LocalDate.of(2026, 5, 1));
        workforce.supervisionDue("newfutures.worker", LocalDate.of(2026, 5, 11), LocalDate.of(2026, 5, 18));
        workforce.supervisionHeld("newfutures.worker", LocalDate.of(2026, 5, 18), LocalDate.of(2026, 5, 18));
        workforce.supervisionDue("newfutures.worker", LocalDate.of(2026, 5, 18), LocalDate.of(2026, 5, 25));
        workforce.supervisionHeld("newfutures.worker", LocalDate.of(2026, 5, 26), LocalDate.of(2026, 5, 25));
        workforce.supervisionDue("newfutures.worker", LocalDate.of(2026, 5, 26), LocalDate.of(2026, 6, 2));
        workforce.supervisionDue("former.worker", LocalDate.of(2026, 4, 20), LocalDate.of(2026, 5, 20));
        workforce.supervisionHeld("former.worker", LocalDate.of(2026, 5, 19), LocalDate.of(2026, 5, 20));
        workforce.supervisionDue("disability.worker", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 1));
        workforce.supervisionHeld("disability.worker", LocalDate.of(2026, 5, 30), LocalDate.of(2026, 6, 1));
        consumer.catchUp();
    }

    @Test
    void theAverageCaseloadIsTheChildrenHeldOverTheCaseHoldersFullTimeEquivalent() {
        Map<String, Object> june = measures("2026-06").get("sw-caseload");

        // Sam 26, Leah 1, Amara 1, Nadia 1: 29 children, over the FTE of every case holder of the directory
        BigDecimal fte = caseHolders().stream().map(Person::fte).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(june).containsEntry("numerator", 29).containsEntry("unit", "AVERAGE");
        assertThat(new BigDecimal(june.get("denominator").toString())).isEqualByComparingTo(fte);
        assertThat(new BigDecimal(june.get("value").toString())).isEqualByComparingTo(BigDecimal.valueOf(29).divide(fte, 1, RoundingMode.HALF_UP));
        assertThat(((Map<String, Object>) june.get("period"))).containsEntry("basis", "SNAPSHOT").containsEntry("from", "2026-06-30");
        // at the end of April: Sam 24 + Wyn + Zac, Tom Xavi and Yara, Amara Vic and Uma
        assertThat(measures("2026-04").get("sw-caseload")).containsEntry("numerator", 30);
        // at the end of May, Yara's case has closed: Sam 24 + Wyn + Xavi, Leah Zac, Amara Vic and Uma
        assertThat(measures("2026-05").get("sw-caseload")).containsEntry("numerator", 29);
    }

    @Test
    void theAsyeCaseloadCountsTheWorkersInTheirAsyeThatDay() {
        Map<String, Map<String, Object>> june = measures("2026-06");

        // Leah, in her ASYE since 11 May, holds Zac
        BigDecimal asyeFte = caseHolders().stream().filter(person -> person.inAsyeOn(JUNE_END)).map(Person::fte)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(june.get("asye-caseload")).containsEntry("numerator", 1);
        assertThat(new BigDecimal(june.get("asye-caseload").get("denominator").toString())).isEqualByComparingTo(asyeFte);
        assertThat(new BigDecimal(june.get("asye-caseload").get("value").toString()))
                .isEqualByComparingTo(BigDecimal.ONE.divide(asyeFte, 1, RoundingMode.HALF_UP));
        // Leah's ASYE had not started at the end of April
        assertThat(measures("2026-04").get("asye-caseload")).containsEntry("numerator", 0);
    }

    @Test
    void workersHoldingOverTwentyFiveCasesAreCounted() {
        assertThat(measures("2026-06").get("workers-over-25-cases")).containsEntry("value", 1).containsEntry("rag", null);
    }

    @Test
    void theShareOfTheCaseHoldingWorkforceThatIsPermanentIsByHeadcount() {
        List<Person> caseHolders = caseHolders();
        long permanent = caseHolders.stream().filter(person -> person.employment() == Employment.PERMANENT).count();

        assertThat(caseHolders).extracting(Person::employment).contains(Employment.AGENCY);
        assertThat(measures("2026-06").get("workforce-permanent")).containsEntry("numerator", (int) permanent)
                .containsEntry("denominator", caseHolders.size());
    }

    @Test
    void supervisionsAreCountedAsTheyFellDueInTheMonthForAllServicesAndEach() {
        Map<String, Map<String, Object>> may = measures("2026-05");

        // Sam, Amara, Leah's first and the former worker's in time; Nadia's and Leah's second late
        assertThat(may.get("supervisions-in-timescale")).containsEntry("numerator", 4).containsEntry("denominator", 6)
                .containsEntry("value", 66.7).containsEntry("rag", "RED");
        assertThat(may.get("supervisions-assessment-safeguarding")).containsEntry("numerator", 1).containsEntry("denominator", 1)
                .containsEntry("rag", "GREEN");
        assertThat(may.get("supervisions-children-in-care")).containsEntry("numerator", 1).containsEntry("denominator", 2);
        assertThat(may.get("supervisions-childrens-disability")).as("none due").containsEntry("denominator", 0).containsEntry("value", null);
        assertThat(may.get("supervisions-new-futures")).containsEntry("numerator", 1).containsEntry("denominator", 2);
        assertThat((Map<String, Object>) may.get("supervisions-in-timescale").get("period")).containsEntry("basis", "MONTH")
                .containsEntry("from", "2026-05-01").containsEntry("to", "2026-05-31");

        Map<String, Map<String, Object>> june = measures("2026-06");
        // Hannah's in time; Sam's two days late; Leah's not held
        assertThat(june.get("supervisions-in-timescale")).containsEntry("numerator", 1).containsEntry("denominator", 3)
                .containsEntry("previousValue", 66.7);
        assertThat(june.get("supervisions-childrens-disability")).containsEntry("value", 100.0);
    }

    @Test
    void managersSeeEachWorkersCaseloadByName() {
        Map<String, Map<String, Object>> byWorker = caseloads("north.manager", "2026-06-30");

        assertThat(byWorker.get("north.worker")).containsEntry("name", "Sam Taylor").containsEntry("team", "team-north")
                .containsEntry("teamName", "Assessment Team North").containsEntry("service", "ASSESSMENT_AND_SAFEGUARDING")
                .containsEntry("asye", false).containsEntry("children", 26);
        assertThat(byWorker.get("newfutures.worker")).containsEntry("asye", true).containsEntry("children", 1);
        assertThat(byWorker.get("cic.agency")).containsEntry("fte", 0.8).containsEntry("children", 1).containsEntry("team", "team-cic");
        assertThat(byWorker.get("south.worker")).containsEntry("children", 0);
        assertThat(byWorker).as("case holders only").doesNotContainKeys("north.manager", "former.worker", "performance")
                .hasSize(caseHolders().size());
        assertThat(caseloads("performance", "2026-05-31").get("cic.worker")).as("before Uma was reallocated").containsEntry("children", 2);
    }

    @Test
    void replayingTheFeedChangesNoMeasure() {
        Map<String, Map<String, Object>> before = measures("2026-06");

        consumer.replayFromTheStart();
        consumer.catchUp();

        assertThat(measures("2026-06")).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from allocation_fact where la_child_id like 'C77001%' or la_child_id like 'C77002%'")
                .query(Long.class).single()).as("the 24, Wyn, Xavi twice, Yara, Zac twice, Vic, Uma twice, Tia and Sol")
                .isEqualTo(STILL_BEING_ASSESSED + 11L);
        assertThat(jdbc.sql("select count(*) from supervision_due_fact where due_on between '2026-05-01' and '2026-06-30'")
                .query(Long.class).single()).isEqualTo(9);
        assertThat(jdbc.sql("select count(*) from supervision_fact where held_on between '2026-05-01' and '2026-06-30'")
                .query(Long.class).single()).isEqualTo(8);
    }

    private List<Person> caseHolders() {
        return directory.people().values().stream().filter(Person::caseHolding).toList();
    }

    private Map<String, Map<String, Object>> caseloads(String user, String date) {
        Map<String, Object> body = identity.as(http, user).getForObject("/api/kpi/caseloads?date=" + date, Map.class);
        assertThat(body).containsEntry("date", date);
        Map<String, Map<String, Object>> byWorker = new LinkedHashMap<>();
        for (Map<String, Object> worker : (List<Map<String, Object>>) body.get("workers")) {
            byWorker.put((String) worker.get("worker"), worker);
        }
        return byWorker;
    }

    private Map<String, Map<String, Object>> measures(String month) {
        Map<String, Object> body = identity.as(http, "performance").getForObject("/api/kpi/measures?month=" + month, Map.class);
        Map<String, Map<String, Object>> byId = new LinkedHashMap<>();
        for (Map<String, Object> measure : (List<Map<String, Object>>) body.get("measures")) {
            byId.put((String) measure.get("id"), measure);
        }
        return byId;
    }
}
