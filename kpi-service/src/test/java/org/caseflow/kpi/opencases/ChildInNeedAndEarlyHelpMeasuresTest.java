package org.caseflow.kpi.opencases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caseflow.journey.events.JourneyEvent;
import org.caseflow.journey.events.childinneed.CinPlanEndReason;
import org.caseflow.journey.events.childinneed.CinPlanOrigin;
import org.caseflow.journey.events.childprotection.IcpcDecision;
import org.caseflow.journey.events.childprotection.PlanEndReason;
import org.caseflow.journey.events.childprotection.StrategyDecision;
import org.caseflow.journey.events.earlyhelp.EarlyHelpClosure;
import org.caseflow.journey.events.earlyhelp.EarlyHelpOrigin;
import org.caseflow.kpi.KpiIntegrationTest;
import org.caseflow.kpi.cpplans.ChildProtectionJourney;
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
 * The child in need and Early Help measures computed from events the feed delivered, through the API, for
 * February 2019 (reporting date Thursday 28 February; January before it), the first months Caseflow
 * reports on: every other test's facts are dated from March 2019, so the snapshots at these dates hold
 * this test's children alone. Its child protection plan ends in March 2019, before any month the child
 * protection test reports on.
 *
 * <p>At the end of 28 February 2019 (and of 31 January):
 * <ul>
 *   <li>on a child in need plan: Amy (visited in time), Ben (last seen 16 January, due again 13 February;
 *       a visit on 12 February did not see him), Cal (the journey set no due dates: seen 30 January, due
 *       again 27 February by 20 working days). Dee's plan ended on the 28th, stepped down to Early Help;</li>
 *   <li>with a referral open and no plan: Eve (her strategy discussion decided no further action while her
 *       assessment goes on), Ivy (stepped up from Early Help on 6 February), Pat (referred on 1 February).
 *       Finn's referral closed with no further action on 31 January; Hal's in January awaited its
 *       conference, which closed it on 8 February; Lu's closed on 12 February, stepped down to Early Help;</li>
 *   <li>on a child protection plan: Gus, whose referral Caseflow never received;</li>
 *   <li>in Early Help: Dee, Jo (back 12 months to the day after her last episode closed), Kit (back 12
 *       months and a day after), Lu (back a month after she was stepped up) and Mo (whose step-up the front
 *       door turned down). Ivy's episode closed when she was stepped up.</li>
 * </ul>
 */
@KpiIntegrationTest
class ChildInNeedAndEarlyHelpMeasuresTest {

    private static List<JourneyEvent> forEpisodesNeverStarted;

    @Autowired
    FeedStub feed;
    @Autowired
    JourneyFeedConsumer consumer;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestRestTemplate http;
    @Autowired
    TestIdentity identity;

    @BeforeEach
    void publishOnce() {
        if (forEpisodesNeverStarted != null) {
            return;
        }
        // Amy: assessed as needing a plan on 10 January; first visit due 7 February, made the 6th, next due 6 March
        referral("C5400001", "CON-540001", "REF-540001", LocalDate.of(2018, 12, 3))
                .assessmentCompleted(LocalDate.of(2018, 12, 4), LocalDate.of(2019, 1, 10), "CHILD_IN_NEED_PLAN", LocalDate.of(2019, 2, 6));
        ChildInNeedJourney amy = ChildInNeedJourney.of(feed, "C5400001", "REF-540001");
        amy.planStarted("CIN-540001", LocalDate.of(2019, 1, 10), CinPlanOrigin.ASSESSMENT, LocalDate.of(2019, 2, 7));
        amy.visit("CIN-540001", LocalDate.of(2019, 2, 6), LocalDate.of(2019, 2, 7), true, LocalDate.of(2019, 3, 6));

        // Ben: seen 14 December, due again over Christmas on 16 January; seen then, due 13 February; not seen on the 12th
        referral("C5400002", "CON-540002", "REF-540002", LocalDate.of(2018, 10, 1))
                .assessmentCompleted(LocalDate.of(2018, 10, 2), LocalDate.of(2018, 11, 5), "CHILD_IN_NEED_PLAN", LocalDate.of(2018, 12, 4));
        ChildInNeedJourney ben = ChildInNeedJourney.of(feed, "C5400002", "REF-540002");
        ben.planStarted("CIN-540002", LocalDate.of(2018, 11, 5), CinPlanOrigin.ASSESSMENT, LocalDate.of(2018, 12, 3));
        ben.visit("CIN-540002", LocalDate.of(2018, 12, 14), LocalDate.of(2018, 12, 18), true, LocalDate.of(2019, 1, 16));
        ben.visit("CIN-540002", LocalDate.of(2019, 1, 16), LocalDate.of(2019, 1, 16), true, LocalDate.of(2019, 2, 13));
        ben.visit("CIN-540002", LocalDate.of(2019, 2, 12), LocalDate.of(2019, 2, 13), false, LocalDate.of(2019, 3, 12));

        // Cal: a plan whose journey set no due dates; seen on 30 January, so due again on 27 February (T11, 20 working days)
        referral("C5400003", "CON-540003", "REF-540003", LocalDate.of(2018, 11, 12))
                .assessmentCompleted(LocalDate.of(2018, 11, 13), LocalDate.of(2018, 12, 7), "CHILD_IN_NEED_PLAN", LocalDate.of(2019, 1, 17));
        ChildInNeedJourney cal = ChildInNeedJourney.of(feed, "C5400003", "REF-540003");
        cal.planStarted("CIN-540003", LocalDate.of(2018, 12, 7), CinPlanOrigin.ASSESSMENT, null);
        cal.visit("CIN-540003", LocalDate.of(2019, 1, 30), null, true, null);

        // Dee: on a plan from 3 December, seen 21 January (due again 18 February); the plan ends on 28 February,
        // stepped down to Early Help, whose episode starts that day
        referral("C5400004", "CON-540004", "REF-540004", LocalDate.of(2018, 11, 1))
                .assessmentCompleted(LocalDate.of(2018, 11, 2), LocalDate.of(2018, 12, 3), "CHILD_IN_NEED_PLAN", LocalDate.of(2019, 1, 8));
        ChildInNeedJourney dee = ChildInNeedJourney.of(feed, "C5400004", "REF-540004");
        dee.planStarted("CIN-540004", LocalDate.of(2018, 12, 3), CinPlanOrigin.ASSESSMENT, LocalDate.of(2019, 1, 3));
        dee.visit("CIN-540004", LocalDate.of(2019, 1, 21), LocalDate.of(2019, 1, 3), true, LocalDate.of(2019, 2, 18));
        dee.planEnded("CIN-540004", LocalDate.of(2019, 2, 28), LocalDate.of(2019, 3, 3), CinPlanEndReason.STEP_DOWN_TO_EARLY_HELP);
        EarlyHelpJourney.of(feed, "C5400004").started("EH-540004", null, LocalDate.of(2019, 2, 28), EarlyHelpOrigin.CIN_PLAN_STEP_DOWN,
                "CIN-540004");

        // Eve: an immediate strategy discussion decides on no further action while her assessment goes on
        Journeys eve = contact("C5400005", "CON-540005", LocalDateTime.of(2019, 2, 8, 16, 0), "STRATEGY_DISCUSSION",
                LocalDate.of(2019, 2, 11));
        eve.referralReceived("REF-540005", LocalDate.of(2019, 2, 11), LocalDate.of(2019, 4, 15));
        ChildProtectionJourney.of(feed, "C5400005", "CON-540005", "REF-540005")
                .strategyDiscussion(LocalDate.of(2019, 2, 13), StrategyDecision.NO_FURTHER_ACTION);

        // Finn: referred on 7 January, closed with no further action on 31 January
        referral("C5400006", "CON-540006", "REF-540006", LocalDate.of(2019, 1, 7))
                .assessmentCompleted(LocalDate.of(2019, 1, 8), LocalDate.of(2019, 1, 31), "NO_FURTHER_ACTION", LocalDate.of(2019, 3, 12));

        // Gus: on a child protection plan from 20 November to 11 March, in a referral Caseflow never received
        ChildProtectionJourney gus = ChildProtectionJourney.of(feed, "C5400007", "CON-540007", "REF-540007");
        gus.planStarted("CPP-540007", LocalDate.of(2018, 11, 20), LocalDate.of(2018, 12, 4));
        gus.planEnded("CPP-540007", LocalDate.of(2019, 3, 11), LocalDate.of(2019, 2, 20), PlanEndReason.NO_FURTHER_ACTION);

        // Hal: an enquiry decided on a conference in January, which on 8 February decided on no plan and no further action
        referral("C5400008", "CON-540008", "REF-540008", LocalDate.of(2018, 12, 3))
                .assessmentCompleted(LocalDate.of(2018, 12, 4), LocalDate.of(2018, 12, 14), "STRATEGY_DISCUSSION", LocalDate.of(2019, 2, 8));
        ChildProtectionJourney hal = ChildProtectionJourney.of(feed, "C5400008", "CON-540008", "REF-540008");
        hal.strategyDiscussion(LocalDate.of(2018, 12, 17), StrategyDecision.SECTION_47);
        hal.section47Completed(LocalDate.of(2018, 12, 17), LocalDate.of(2019, 1, 11), LocalDate.of(2019, 1, 11));
        hal.initialConference(LocalDate.of(2018, 12, 17), LocalDate.of(2019, 2, 8), LocalDate.of(2019, 1, 11),
                IcpcDecision.NO_PLAN_NO_FURTHER_ACTION);

        // Ivy: in Early Help from October; stepped up on 6 February, when her referral opens
        contact("C5400009", "CON-540009", LocalDateTime.of(2018, 10, 8, 10, 0), "EARLY_HELP", LocalDate.of(2018, 10, 9));
        EarlyHelpJourney ivy = EarlyHelpJourney.of(feed, "C5400009");
        ivy.startedAtTheFrontDoor("EH-540009", "CON-540009", LocalDate.of(2018, 10, 9));
        stepUp(ivy, "C5400009", "EH-540009", "CON-540010", LocalDateTime.of(2019, 2, 5, 11, 0), LocalDate.of(2019, 2, 6), true)
                .referralReceived("REF-540010", LocalDate.of(2019, 2, 6), LocalDate.of(2019, 4, 10));

        // Jo: an episode closed on 28 February 2018, and a new one from the front door exactly 12 months later
        EarlyHelpJourney jo = EarlyHelpJourney.of(feed, "C5400011");
        jo.started("EH-540011", null, LocalDate.of(2017, 3, 6), EarlyHelpOrigin.PARTNER_REQUEST, null);
        jo.closed("EH-540011", LocalDate.of(2018, 2, 28), EarlyHelpClosure.NEEDS_MET);
        contact("C5400011", "CON-540012", LocalDateTime.of(2019, 2, 27, 14, 0), "EARLY_HELP", LocalDate.of(2019, 2, 28));
        jo.startedAtTheFrontDoor("EH-540012", "CON-540012", LocalDate.of(2019, 2, 28));

        // Kit: an episode closed on 27 February 2018, and a partner's request 12 months and a day later
        EarlyHelpJourney kit = EarlyHelpJourney.of(feed, "C5400013");
        kit.started("EH-540021", null, LocalDate.of(2017, 6, 1), EarlyHelpOrigin.PARTNER_REQUEST, null);
        kit.closed("EH-540021", LocalDate.of(2018, 2, 27), EarlyHelpClosure.DISENGAGED);
        kit.started("EH-540022", null, LocalDate.of(2019, 2, 28), EarlyHelpOrigin.PARTNER_REQUEST, null);

        // Lu: stepped up from Early Help on 7 January; her assessment steps her down again on 12 February
        EarlyHelpJourney lu = EarlyHelpJourney.of(feed, "C5400014");
        lu.started("EH-540031", null, LocalDate.of(2018, 9, 3), EarlyHelpOrigin.PARTNER_REQUEST, null);
        Journeys luReferred = stepUp(lu, "C5400014", "EH-540031", "CON-540013", LocalDateTime.of(2019, 1, 4, 15, 0),
                LocalDate.of(2019, 1, 7), true);
        luReferred.referralReceived("REF-540014", LocalDate.of(2019, 1, 7), LocalDate.of(2019, 3, 12));
        luReferred.assessmentCompleted(LocalDate.of(2019, 1, 8), LocalDate.of(2019, 2, 12), "STEP_DOWN_TO_EARLY_HELP",
                LocalDate.of(2019, 3, 12));
        lu.started("EH-540032", null, LocalDate.of(2019, 2, 12), EarlyHelpOrigin.ASSESSMENT_STEP_DOWN, "REF-540014");
        lu.transferAccepted("EH-540032", LocalDate.of(2019, 2, 15));

        // Mo: in Early Help from November; the front door turns down a step-up in February and she stays
        contact("C5400015", "CON-540015", LocalDateTime.of(2018, 10, 31, 9, 30), "EARLY_HELP", LocalDate.of(2018, 11, 1));
        EarlyHelpJourney mo = EarlyHelpJourney.of(feed, "C5400015");
        mo.startedAtTheFrontDoor("EH-540015", "CON-540015", LocalDate.of(2018, 11, 1));
        stepUp(mo, "C5400015", "EH-540015", "CON-540016", LocalDateTime.of(2019, 2, 18, 12, 0), LocalDate.of(2019, 2, 19), false);

        // Pat: a contact late on 31 January, decided on 1 February; Quin: decided no further action; Rae: not decided yet
        contact("C5400017", "CON-540017", LocalDateTime.of(2019, 1, 31, 23, 0), "REFERRAL", LocalDate.of(2019, 2, 1))
                .referralReceived("REF-540017", LocalDate.of(2019, 2, 1), LocalDate.of(2019, 4, 5));
        contact("C5400018", "CON-540018", LocalDateTime.of(2019, 2, 26, 10, 0), "NO_FURTHER_ACTION", LocalDate.of(2019, 2, 27));
        Journeys.of(feed, "C5400019", "CON-540019").contactReceived(LocalDateTime.of(2019, 2, 28, 17, 0), LocalDate.of(2019, 3, 1),
                "Rae", "Hill");

        // what happened to a plan and to episodes this service never saw start
        forEpisodesNeverStarted = List.of(
                ChildInNeedJourney.of(feed, "C5400099", "REF-549999").visit("CIN-549999", LocalDate.of(2019, 2, 4), null, true, null),
                ChildInNeedJourney.of(feed, "C5400099", "REF-549999").planEnded("CIN-549999", LocalDate.of(2019, 2, 14), null,
                        CinPlanEndReason.NO_FURTHER_ACTION),
                EarlyHelpJourney.of(feed, "C5400099").closed("EH-549999", LocalDate.of(2019, 2, 14), EarlyHelpClosure.NEEDS_MET),
                EarlyHelpJourney.of(feed, "C5400099").stepUpDecided("EH-549998", "CON-549998", LocalDate.of(2019, 2, 14), true));
        consumer.catchUp();
    }

    @Test
    void theChildrenInNeedAreThoseWithAnOpenReferralOrPlanAtTheEndOfTheReportingDate() {
        Map<String, Map<String, Object>> february = measures("2019-02");

        // Amy, Ben, Cal, Eve, Gus, Ivy and Pat; at the end of January: Amy, Ben, Cal, Dee, Gus, Hal and Lu
        assertThat(february.get("cin-count")).containsEntry("value", 7).containsEntry("previousValue", 7).containsEntry("rag", "RED");
        assertThat(period(february.get("cin-count"))).containsEntry("basis", "SNAPSHOT").containsEntry("from", "2019-02-28")
                .containsEntry("to", "2019-02-28");
        // 7 per 10,000 of the demo population of 33,100
        assertThat(february.get("cin-rate")).containsEntry("numerator", 7).containsEntry("denominator", 33100)
                .containsEntry("value", 2.1);
        assertThat(february.get("cin-plan-count")).as("Amy, Ben and Cal; Dee's plan ended on the 28th")
                .containsEntry("value", 3).containsEntry("previousValue", 4);
    }

    @Test
    void childInNeedVisitsAreJudgedChildByChildAtTheReportingDate() {
        Map<String, Map<String, Object>> february = measures("2019-02");
        Map<String, Map<String, Object>> january = measures("2019-01");

        // Ben was last seen on 16 January (due again 13 February), Cal on 30 January (due again 27 February)
        assertThat(february.get("cin-visits-in-timescale")).containsEntry("numerator", 1).containsEntry("denominator", 3)
                .containsEntry("value", 33.3).containsEntry("rag", "RED");
        assertThat(january.get("cin-visits-in-timescale")).containsEntry("numerator", 4).containsEntry("denominator", 4)
                .containsEntry("value", 100.0).containsEntry("rag", "GREEN");
    }

    @Test
    void earlyHelpAndAllOpenCasesCountEachChildOnce() {
        Map<String, Map<String, Object>> february = measures("2019-02");

        // Dee, Jo, Kit, Lu and Mo; at the end of January Ivy and Mo
        assertThat(february.get("early-help-open")).containsEntry("value", 5).containsEntry("previousValue", 2);
        // the 7 children in need and the 5 in Early Help; at the end of January 7 and 2
        assertThat(february.get("all-open-cases")).containsEntry("value", 12).containsEntry("previousValue", 9);
        assertThat(period(february.get("all-open-cases"))).containsEntry("basis", "SNAPSHOT");
    }

    @Test
    void stepsBetweenEarlyHelpAndSocialCareAreCountedInTheMonthTheyHappen() {
        Map<String, Map<String, Object>> february = measures("2019-02");

        // Ivy's step-up was accepted, Mo's turned down; Lu's was accepted in January
        assertThat(february.get("step-ups-to-social-care")).containsEntry("value", 1).containsEntry("previousValue", 1);
        // Lu's from her assessment and Dee's from her child in need plan; none in January
        assertThat(february.get("step-downs-to-early-help")).containsEntry("value", 2).containsEntry("previousValue", 0);
        assertThat(period(february.get("step-downs-to-early-help"))).containsEntry("basis", "MONTH").containsEntry("from", "2019-02-01");
    }

    @Test
    void earlyHelpRePresentationsLookBackTwelveMonthsFromEachStart() {
        Map<String, Object> rePresentations = measures("2019-02").get("early-help-re-presentation-rate");

        // started from 1 March 2018: Ivy's, Lu's two, Mo's, and in February Dee's, Jo's and Kit's; Jo and Lu came back
        assertThat(rePresentations).containsEntry("numerator", 2).containsEntry("denominator", 7).containsEntry("value", 28.6)
                .containsEntry("previousValue", 0.0);
        assertThat(period(rePresentations)).containsEntry("basis", "ROLLING_12_MONTHS").containsEntry("from", "2018-03-01")
                .containsEntry("to", "2019-02-28");
        assertThat((Map<String, Object>) rePresentations.get("inMonth")).containsEntry("numerator", 2).containsEntry("denominator", 4);
    }

    @Test
    void theSharesOfContactsAreOfThoseReceivedOrDecidedInTheMonth() {
        Map<String, Map<String, Object>> february = measures("2019-02");

        // decided in February: Pat's, Eve's and Ivy's step-up opened referrals; Jo's and Mo's went to Early Help; Quin's no further action
        assertThat(february.get("contacts-to-referral")).containsEntry("numerator", 3).containsEntry("denominator", 6)
                .containsEntry("value", 50.0).containsEntry("previousValue", 100.0);
        // received in February: Mo's turned-down step-up and Jo's went to Early Help, of the five decided (Rae's is not)
        assertThat(february.get("contacts-to-early-help")).containsEntry("numerator", 2).containsEntry("denominator", 5)
                .containsEntry("value", 40.0).containsEntry("previousValue", 0.0);
        assertThat(february.get("contacts")).containsEntry("value", 6);
    }

    @Test
    void whatHappenedToAPlanOrEpisodeNeverStartedIsSetAsideNotLost() {
        for (JourneyEvent event : forEpisodesNeverStarted) {
            assertThat(jdbc.sql("select count(*) from feed_quarantine where event_id = :id").param("id", event.eventId())
                    .query(Long.class).single()).as(event.type()).isEqualTo(1);
        }
        assertThat(jdbc.sql("select count(*) from cin_visit_fact where cin_plan_id = 'CIN-549999'").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from cin_review_fact where cin_plan_id = 'CIN-549999'").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from step_up_fact where eh_episode_id = 'EH-549998'").query(Long.class).single()).isZero();
    }

    @Test
    void replayingTheFeedChangesNoMeasure() {
        Map<String, Map<String, Object>> before = measures("2019-02");

        consumer.replayFromTheStart();
        consumer.catchUp();

        assertThat(measures("2019-02")).isEqualTo(before);
        assertThat(count("cin_plan_fact")).isEqualTo(4);
        assertThat(count("cin_visit_fact")).isEqualTo(6);
        assertThat(count("cin_visit_due_fact")).isEqualTo(5);
        assertThat(count("cin_review_fact")).isEqualTo(1);
        assertThat(count("early_help_episode_fact")).isEqualTo(9);
        assertThat(count("step_up_fact")).isEqualTo(3);
    }

    /** A referral from a contact decided as one that day. */
    private Journeys referral(String laChildId, String contactId, String referralId, LocalDate referredOn) {
        Journeys journey = contact(laChildId, contactId, referredOn.atTime(9, 0), "REFERRAL", referredOn);
        journey.referralReceived(referralId, referredOn, referredOn.plusMonths(2));
        return journey;
    }

    private Journeys contact(String laChildId, String contactId, LocalDateTime receivedAt, String outcome, LocalDate decidedOn) {
        Journeys journey = Journeys.of(feed, laChildId, contactId);
        journey.contactReceived(receivedAt, receivedAt.toLocalDate().plusDays(1), "Child", laChildId);
        journey.contactDecided(outcome, decidedOn, receivedAt.toLocalDate().plusDays(1));
        return journey;
    }

    /** Early Help asks to step up; the front door decides, and an accepted step-up closes the episode. */
    private Journeys stepUp(EarlyHelpJourney earlyHelp, String laChildId, String ehEpisodeId, String contactId, LocalDateTime askedAt,
            LocalDate decidedOn, boolean accepted) {
        earlyHelp.stepUpContact(contactId, askedAt);
        Journeys frontDoor = Journeys.of(feed, laChildId, contactId);
        frontDoor.contactDecided(accepted ? "REFERRAL" : "EARLY_HELP", decidedOn, askedAt.toLocalDate().plusDays(1));
        earlyHelp.stepUpDecided(ehEpisodeId, contactId, decidedOn, accepted);
        if (accepted) {
            earlyHelp.closed(ehEpisodeId, decidedOn, EarlyHelpClosure.STEPPED_UP);
        }
        return frontDoor;
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table + " where " + (table.startsWith("cin_visit_due") ? "cin_plan_id like 'CIN-54%'"
                : "la_child_id like 'C54%'")).query(Long.class).single();
    }

    private Map<String, Map<String, Object>> measures(String month) {
        Map<String, Object> body = identity.as(http, "performance").getForObject("/api/kpi/measures?month=" + month, Map.class);
        Map<String, Map<String, Object>> byId = new LinkedHashMap<>();
        for (Map<String, Object> measure : (List<Map<String, Object>>) body.get("measures")) {
            byId.put((String) measure.get("id"), measure);
        }
        return byId;
    }

    private static Map<String, Object> period(Map<String, Object> measure) {
        return (Map<String, Object>) measure.get("period");
    }
}
