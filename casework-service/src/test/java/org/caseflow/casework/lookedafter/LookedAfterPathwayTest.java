package org.caseflow.casework.lookedafter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.journey.events.lookedafter.ClaWorkDue.REVIEW_DUE;
import static org.caseflow.journey.events.lookedafter.ClaWorkDue.VISIT_DUE;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.caseflow.casework.CaseworkIntegrationTest;
import org.caseflow.casework.ChildInNeedJourney;
import org.caseflow.casework.ChildProtectionJourney;
import org.caseflow.casework.LookedAfterJourney;
import org.caseflow.casework.LookedAfterJourney.Where;
import org.caseflow.journey.events.JourneyEvent;
import org.caseflow.support.feed.JourneyFeedConsumer;
import org.caseflow.testsupport.FeedStub;
import org.caseflow.testsupport.Journeys;
import org.caseflow.testsupport.TestIdentity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Children looked after, as the journey event feed builds their record and the API reads it back:
 * a child on a child protection plan who comes into care (placements, visits, reviews, an emergency
 * move and its plan) and leaves it under a special guardianship order; a direct entry under police
 * protection and a second period of care later; children in need and assessed children who come into
 * care in their referral; short breaks; the count of open cases on each day; replays; and events for
 * periods the record does not hold. Read as the care team's social worker, to whom the record is open.
 */
@CaseworkIntegrationTest
class LookedAfterPathwayTest {

    private static final Where FOSTER_CARE = new Where("U6", "PR1", "BR1", false, false);
    private static final Where CHILDRENS_HOME_IN_AN_EMERGENCY = new Where("K2", "PR4", "SE9", false, true);

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

    /** The ids of one child's pathway from a child protection plan into care. */
    private record Pathway(String child, String contact, String referral, String cpPlan, String period) {

        /** {@code numbered("810")}: child C8100001, contact CON-8100011, referral REF-8100011, plan CPP-8100011, period LAC-8100011. */
        static Pathway numbered(String n) {
            return new Pathway("C" + n + "0001", "CON-" + n + "0011", "REF-" + n + "0011", "CPP-" + n + "0011", "LAC-" + n + "0011");
        }
    }

    @Test
    void aChildOnAChildProtectionPlanComesIntoCareMovesInAnEmergencyAndLeavesUnderASpecialGuardianshipOrder() {
        Pathway p = Pathway.numbered("810");
        onAChildProtectionPlan(p);
        consumer.catchUp();
        assertThat(summary(p.child())).containsEntry("currentLevel", "CHILD_PROTECTION_PLAN");
        assertThat(lookedAfter(p.child())).as("never looked after").containsEntry("onCare", false).containsEntry("currentPeriod", null)
                .containsEntry("periodsEnded", 0).containsEntry("lastPeriodEndedOn", null);

        LookedAfterJourney care = planEndsAndCareStarts(p);
        consumer.catchUp();
        Map<String, Object> summary = summary(p.child());
        assertThat(summary).containsEntry("currentLevel", "LOOKED_AFTER").containsEntry("status", "OPEN_CHILD_IN_NEED");
        assertThat(stageOf(p.child(), p.referral())).as("the period of care sits in the referral's episode").isEqualTo("LOOKED_AFTER");
        assertThat((Map<String, Object>) summary.get("childProtection")).containsEntry("onPlan", false).containsEntry("plansEnded", 1);
        assertThat(lookedAfter(p.child())).containsEntry("onCare", true).containsEntry("periodsEnded", 0);
        assertThat(currentPeriod(p.child())).containsEntry("claPeriodId", p.period()).containsEntry("since", "2026-04-20")
                .containsEntry("legalStatus", coded("C2", "full care order")).containsEntry("shortBreaksOnly", false)
                .containsEntry("categoryOfNeed", coded("N1", "abuse or neglect"))
                .containsEntry("team", "team-cic").containsEntry("socialWorker", "cic.worker")
                .containsEntry("placement", Map.of("type", coded("U6", "foster placement with other foster carer, not long term or FFA"),
                        "provider", coded("PR1", "own provision (this council)"), "postcodeDistrict", "BR1", "since", "2026-04-20",
                        "untilEighteen", false))
                .containsEntry("lastVisit", Map.of("visitedOn", "2026-04-24", "childSeen", true, "childSeenAlone", true))
                .containsEntry("nextVisitDueOn", "2026-06-05").containsEntry("lastReviewOn", "2026-05-14")
                .containsEntry("nextReviewDueOn", "2026-08-14");

        movedInAnEmergencyVisitedLateAndReviewed(care);
        consumer.catchUp();
        assertThat(currentPeriod(p.child()))
                .containsEntry("placement", Map.of("type", coded("K2", "children's home"), "provider", coded("PR4", "private provision"),
                        "postcodeDistrict", "SE9", "since", "2026-06-01", "untilEighteen", false))
                .containsEntry("lastVisit", Map.of("visitedOn", "2026-07-20", "childSeen", true, "childSeenAlone", true))
                .containsEntry("nextVisitDueOn", "2026-08-31").containsEntry("lastReviewOn", "2026-08-10")
                .containsEntry("nextReviewDueOn", "2027-02-10");

        care.ceased(date(10, 30), "E45");
        consumer.catchUp();
        summary = summary(p.child());
        assertThat(summary).as("care ended under a special guardianship order, and the referral with it")
                .containsEntry("currentLevel", "NONE").containsEntry("status", "CLOSED").containsEntry("openEpisodes", List.of());
        assertThat(lookedAfter(p.child())).containsEntry("onCare", false).containsEntry("currentPeriod", null)
                .containsEntry("periodsEnded", 1).containsEntry("lastPeriodEndedOn", "2026-10-30");

        List<Map<String, Object>> chronology = chronology(p.child());
        assertThat(chronology).extracting(entry -> entry.get("kind")).endsWith("ReviewConferenceHeld", "CareStarted", "ClaVisitDue",
                "ClaVisitMade", "ClaVisitDue", "ClaReviewHeld", "ClaReviewDue", "PlacementChanged", "PlacementPlanAgreed",
                "ClaVisitMade", "ClaVisitDue", "ClaVisitOverdue", "ClaVisitMade", "ClaVisitDue", "ClaReviewHeld", "ClaReviewDue",
                "CareCeased");
        Map<String, String> said = chronology.stream().filter(entry -> !entry.get("kind").equals("ClaVisitDue")
                        && !entry.get("kind").equals("ClaVisitMade") && !entry.get("kind").equals("ClaReviewHeld"))
                .collect(Collectors.toMap(entry -> (String) entry.get("kind"), entry -> (String) entry.get("summary"), (a, b) -> b));
        assertThat(said.get("ReviewConferenceHeld")).isEqualTo("Child protection review conference for plan CPP-8100011: the plan"
                + " ends (became looked after). Held on or before its due date, 2026-04-26. The plan ended on 2026-04-20. The child"
                + " became looked after: the period of care follows in referral REF-8100011, whose child in need episode stays open.");
        assertThat(said.get("CareStarted")).isEqualTo("Started to be looked after under a full care order (C2): period of care"
                + " LAC-8100011, in referral REF-8100011's child in need episode; route into care: from a child protection plan."
                + " Category of need: abuse or neglect (N1). Held by team-cic, social worker cic.worker. First placement: a foster"
                + " placement with other foster carer, not long term or FFA (U6), provided by this council (PR1), in BR1. First"
                + " review due by 2026-05-19. It is the child's first period of care.");
        assertThat(said.get("PlacementChanged")).isEqualTo("Moved to a children's home (K2), provided by a private provider (PR4),"
                + " in SE9: change to or carrying out of the care plan (CARPL). An emergency placement: its placement plan is due"
                + " within 5 working days. Visit due by 2026-06-08. Period of care LAC-8100011.");
        assertThat(said.get("PlacementPlanAgreed")).isEqualTo("Placement plan agreed for the emergency placement in a children's"
                + " home (K2) from 2026-06-01, period of care LAC-8100011. Agreed on or before its due date, 2026-06-08.");
        assertThat(said.get("ClaVisitOverdue")).isEqualTo("Nothing had been recorded for period of care LAC-8100011 by the end of"
                + " its due day, 2026-07-17, under timescale T13 (6 weeks): in the first year of a placement, visit a looked-after"
                + " child at intervals of no more than 6 weeks. Escalated to the team-cic managers.");
        assertThat(said.get("ClaReviewDue")).isEqualTo("Next looked-after child review for period of care LAC-8100011 due by"
                + " 2027-02-10, counted from 2026-08-10.");
        assertThat(said.get("CareCeased")).isEqualTo("Stopped being looked after: special guardianship order to former foster"
                + " carers (E45). Period of care LAC-8100011 ended on 2026-10-30. Referral REF-8100011's child in need episode was"
                + " closed.");
        List<String> visits = chronology.stream().filter(entry -> entry.get("kind").equals("ClaVisitMade"))
                .map(entry -> (String) entry.get("summary")).toList();
        assertThat(visits).containsExactly(
                "Looked-after child visit for period of care LAC-8100011 by cic.worker: the child was seen alone. Made on or before"
                        + " its due date, 2026-04-27.",
                "Looked-after child visit for period of care LAC-8100011 by cic.worker: the child was seen, not alone. Made on or"
                        + " before its due date, 2026-06-08.",
                "Looked-after child visit for period of care LAC-8100011 by cic.worker: the child was seen alone. Made after its due"
                        + " date, 2026-07-17.");
        assertThat(chronology).filteredOn(entry -> entry.get("kind").equals("ClaReviewHeld")).first()
                .satisfies(entry -> assertThat(entry).containsEntry("occurredOn", "2026-05-14").containsEntry("summary",
                        "Looked-after child review for period of care LAC-8100011, chaired by independent reviewing officer Jo"
                                + " Reviewer. Held on or before its due date, 2026-05-19."));
        assertThat(chronology).filteredOn(entry -> entry.get("kind").equals("ClaVisitDue")).first()
                .satisfies(entry -> assertThat(entry).containsEntry("summary", "Next looked-after child visit for period of care"
                        + " LAC-8100011 due by 2026-04-27, counted from 2026-04-20."));

        Map<String, Object> history = history(p.child());
        assertThat(history).containsEntry("laChildId", p.child());
        assertThat((List<Map<String, Object>>) history.get("periods")).singleElement().satisfies(period -> {
            assertThat(period).containsEntry("claPeriodId", p.period()).containsEntry("periodNumber", 1)
                    .containsEntry("referralId", p.referral()).containsEntry("episodeId", p.referral())
                    .containsEntry("startedOn", "2026-04-20").containsEntry("entryRoute", coded("CP_PLAN", "from a child protection plan"))
                    .containsEntry("legalStatus", coded("C2", "full care order"))
                    .containsEntry("categoryOfNeed", coded("N1", "abuse or neglect")).containsEntry("team", "team-cic")
                    .containsEntry("endedOn", "2026-10-30")
                    .containsEntry("reasonCeased", coded("E45", "special guardianship order to former foster carers"))
                    .containsEntry("nextVisitDueOn", null).containsEntry("nextReviewDueOn", null);
            assertThat((List<Map<String, Object>>) period.get("placements")).extracting(placement -> placement.get("startedOn") + " "
                    + placement.get("endedOn") + " " + code(placement.get("type")) + "/" + code(placement.get("provider")) + " "
                    + placement.get("postcodeDistrict") + " " + code(placement.get("changeReason")) + " until 18 "
                    + placement.get("untilEighteen") + " emergency " + placement.get("emergency")
                    + " plan " + placement.get("placementPlan")).containsExactly(
                    "2026-04-20 2026-06-01 U6/PR1 BR1 null until 18 false emergency false plan null",
                    "2026-06-01 2026-10-30 K2/PR4 SE9 CARPL until 18 false emergency true plan"
                            + " {agreedOn=2026-06-04, dueOn=2026-06-08, inTime=true}");
            assertThat((List<Map<String, Object>>) period.get("placements")).last().satisfies(placement -> assertThat(placement)
                    .containsEntry("changeReason", coded("CARPL", "change to or carrying out of the care plan")));
            assertThat((List<Map<String, Object>>) period.get("visits")).extracting(visit -> visit.get("visitedOn") + " "
                    + visit.get("childSeenAlone") + " " + visit.get("inTime")).containsExactly("2026-04-24 true true",
                    "2026-06-05 false true", "2026-07-20 true false");
            assertThat((List<Map<String, Object>>) period.get("reviews")).extracting(review -> review.get("heldOn") + " "
                    + review.get("independentReviewingOfficer") + " " + review.get("inTime"))
                    .containsExactly("2026-05-14 Jo Reviewer true", "2026-08-10 Jo Reviewer true");
        });
    }

    /** Police protection with no referral opens an episode of its own, closed as care ends; a second period later is a new one. */
    @Test
    void aDirectEntryOpensAnEpisodeOfItsOwnAndASecondPeriodOfCareIsANewOne() {
        String child = "C8110001";
        LookedAfterJourney police = LookedAfterJourney.directEntry(feed, child, "LAC-8110001");
        police.started(date(3, 2), date(3, 30), "POLICE_PROTECTION", "L1", "N1", new Where("U6", "PR1", "SE18", false, true));
        consumer.catchUp();
        assertThat(summary(child)).containsEntry("currentLevel", "LOOKED_AFTER").containsEntry("status", "OPEN_CHILD_IN_NEED");
        assertThat(openEpisodes(child)).singleElement().satisfies(episode -> assertThat(episode).containsEntry("episodeId", "LAC-8110001")
                .containsEntry("kind", "CHILD_IN_NEED").containsEntry("startedOn", "2026-03-02").containsEntry("team", "team-cic")
                .containsEntry("stage", "LOOKED_AFTER"));
        assertThat(lastSaid(child)).isEqualTo("Started to be looked after under police protection, in local authority"
                + " accommodation (L1): period of care LAC-8110001, a direct entry with no referral, in a child in need episode of"
                + " its own; route into care: police protection. Category of need: abuse or neglect (N1). Held by team-cic, social"
                + " worker cic.worker. First placement: a foster placement with other foster carer, not long term or FFA (U6),"
                + " provided by this council (PR1), in SE18. An emergency placement: its placement plan is due within 5 working"
                + " days. First review due by 2026-03-30. It is the child's first period of care.");

        police.ceased(date(3, 4), "E4A");
        consumer.catchUp();
        assertThat(summary(child)).containsEntry("currentLevel", "NONE").containsEntry("openEpisodes", List.of());
        assertThat(lastSaid(child)).isEqualTo("Stopped being looked after: returned home to parents or relatives as planned (E4A)."
                + " Period of care LAC-8110001 ended on 2026-03-04. Its child in need episode was closed.");

        LookedAfterJourney accommodated = LookedAfterJourney.directEntry(feed, child, "LAC-8110002");
        accommodated.started(date(9, 7), date(10, 5), "ACCOMMODATED", "V2", "N4", new Where("U4", "PR2", null, true, false));
        consumer.catchUp();
        assertThat(lastSaid(child)).isEqualTo("Started to be looked after in a single period of accommodation under section 20"
                + " (V2): period of care LAC-8110002, a direct entry with no referral, in a child in need episode of its own; route"
                + " into care: accommodated at the family's request (section 20). Category of need: family in acute stress (N4)."
                + " Held by team-cic, social worker cic.worker. First placement: a foster placement with other foster carer, long"
                + " term (U4), provided by another council (PR2). It is meant to last until the child is 18. First review due by"
                + " 2026-10-05. It is the child's 2nd period of care; the previous one ended on 2026-03-04.");
        assertThat(lookedAfter(child)).containsEntry("onCare", true).containsEntry("periodsEnded", 1)
                .containsEntry("lastPeriodEndedOn", "2026-03-04");
        assertThat(currentPeriod(child)).containsEntry("claPeriodId", "LAC-8110002")
                .containsEntry("legalStatus", coded("V2", "single period of accommodation under section 20"))
                .containsEntry("nextVisitDueOn", null).containsEntry("lastVisit", null).containsEntry("lastReviewOn", null);
        assertThat((Map<String, Object>) currentPeriod(child).get("placement"))
                .containsEntry("type", coded("U4", "foster placement with other foster carer, long term"))
                .containsEntry("provider", coded("PR2", "another council"))
                .containsEntry("postcodeDistrict", null).containsEntry("since", "2026-09-07").containsEntry("untilEighteen", true);
        assertThat(openEpisodes(child)).extracting(episode -> episode.get("episodeId") + " " + episode.get("stage"))
                .containsExactly("LAC-8110002 LOOKED_AFTER");
        assertThat((List<Map<String, Object>>) history(child).get("periods")).extracting(period -> period.get("periodNumber") + " "
                + period.get("claPeriodId") + " " + period.get("referralId") + " " + period.get("episodeId") + " "
                + code(period.get("legalStatus")) + " " + period.get("endedOn") + " " + code(period.get("reasonCeased")))
                .containsExactly("1 LAC-8110001 null LAC-8110001 L1 2026-03-04 E4A", "2 LAC-8110002 null LAC-8110002 V2 null null");
    }

    /** A child in need plan ending as the child becomes looked after, or an assessment concluding so, keeps the referral open for the care. */
    @Test
    void aChildInNeedPlanOrAnAssessmentLeadingToCareLeavesTheReferralOpenForThePeriodOfCare() {
        String child = "C8150001";
        referred(child, "CON-8150001", "REF-8150001", "CHILD_IN_NEED_PLAN");
        ChildInNeedJourney cin = ChildInNeedJourney.of(feed, child, "CON-8150001", "REF-8150001");
        cin.planStarted("CIN-8150001", date(2, 20), "ASSESSMENT", date(3, 20), date(5, 20));
        cin.review("CIN-8150001", date(5, 14), date(5, 20), "END_PLAN", "BECAME_LOOKED_AFTER");
        consumer.catchUp();
        assertThat(stageOf(child, "REF-8150001")).as("not closed: the care follows in it").isEqualTo("CHILD_IN_NEED");
        assertThat(lastSaid(child)).endsWith("The plan ended on 2026-05-14. The child became looked after: the period of care"
                + " follows in referral REF-8150001, whose child in need episode stays open.");
        LookedAfterJourney.inReferral(feed, child, "CON-8150001", "REF-8150001", "LAC-8150001")
                .started(date(5, 14), date(6, 11), "CIN_PLAN", "C1", "N3", FOSTER_CARE);
        consumer.catchUp();
        assertThat(stageOf(child, "REF-8150001")).isEqualTo("LOOKED_AFTER");
        assertThat(summary(child)).containsEntry("currentLevel", "LOOKED_AFTER");
        assertThat(lastSaid(child)).startsWith("Started to be looked after under an interim care order (C1): period of care"
                + " LAC-8150001, in referral REF-8150001's child in need episode; route into care: from a child in need plan.");

        String assessed = "C8150002";
        referred(assessed, "CON-8150002", "REF-8150002", "LOOKED_AFTER");
        consumer.catchUp();
        assertThat(stageOf(assessed, "REF-8150002")).isEqualTo("CHILD_IN_NEED");
        assertThat(lastSaid(assessed)).endsWith("The period of care follows in referral REF-8150002, whose child in need episode"
                + " stays open.");
        LookedAfterJourney.inReferral(feed, assessed, "CON-8150002", "REF-8150002", "LAC-8150002")
                .started(date(2, 20), date(3, 20), "ASSESSMENT", "V2", "N5", FOSTER_CARE);
        consumer.catchUp();
        assertThat(stageOf(assessed, "REF-8150002")).isEqualTo("LOOKED_AFTER");
    }

    /** Short breaks: on the record, noted, but counted at the level of the rest of the child's work, as the DfE counts them. */
    @Test
    void aChildLookedAfterOnlyUnderShortBreaksShowsOnTheRecordButIsNotCountedAsLookedAfter() {
        String child = "C8160001";
        consumer.catchUp();
        Map<String, Object> before = openCases(date(4, 1));
        LookedAfterJourney.directEntry(feed, child, "LAC-8160001")
                .started(date(3, 2), date(3, 30), "ACCOMMODATED", "V3", "N2", new Where("K2", "PR1", "SE9", false, false));
        consumer.catchUp();

        assertThat(currentPeriod(child)).containsEntry("legalStatus", coded("V3", "agreed series of short-term breaks, episodes recorded"))
                .containsEntry("shortBreaksOnly", true);
        assertThat(summary(child)).as("the period's episode is a child in need episode").containsEntry("currentLevel", "CHILD_IN_NEED");
        assertThat(stageOf(child, "LAC-8160001")).isEqualTo("LOOKED_AFTER");
        assertThat(lastSaid(child)).contains("Started to be looked after under an agreed series of short-term breaks, episodes"
                + " recorded (V3)").contains("Looked after only under an agreed series of short breaks: not counted among children"
                + " looked after.");
        assertThat(difference(before, openCases(date(4, 1)))).isEqualTo("earlyHelp 0, childInNeed 1, childProtectionPlan 0,"
                + " lookedAfter 0, total 1");
    }

    /** Each child once, at their highest level that day, by business dates; counted as differences, as other tests' children are open too. */
    @Test
    void openCasesCountChildrenLookedAfterOnEachDayOnceAtTheirHighestLevel() {
        List<LocalDate> dates = List.of(date(1, 25), date(1, 26), date(3, 1), date(3, 2), date(3, 4), date(4, 19), date(4, 20),
                date(10, 29), date(10, 30));
        consumer.catchUp();
        Map<LocalDate, Map<String, Object>> before = dates.stream().collect(Collectors.toMap(day -> day, this::openCases));

        publishTheWholePathway(Pathway.numbered("812"));
        LookedAfterJourney police = LookedAfterJourney.directEntry(feed, "C8120002", "LAC-8120002");
        police.started(date(3, 2), date(3, 30), "POLICE_PROTECTION", "L1", "N1", FOSTER_CARE);
        police.ceased(date(3, 4), "E4A");
        consumer.catchUp();

        Map<LocalDate, String> added = dates.stream().collect(Collectors.toMap(day -> day, day -> difference(before.get(day), openCases(day))));
        assertThat(added.get(date(1, 25))).isEqualTo("earlyHelp 0, childInNeed 1, childProtectionPlan 0, lookedAfter 0, total 1");
        assertThat(added.get(date(1, 26))).isEqualTo("earlyHelp 0, childInNeed 0, childProtectionPlan 1, lookedAfter 0, total 1");
        assertThat(added.get(date(3, 1))).isEqualTo("earlyHelp 0, childInNeed 0, childProtectionPlan 1, lookedAfter 0, total 1");
        assertThat(added.get(date(3, 2))).as("police protection from that day")
                .isEqualTo("earlyHelp 0, childInNeed 0, childProtectionPlan 1, lookedAfter 1, total 2");
        assertThat(added.get(date(3, 4))).as("home that day").isEqualTo("earlyHelp 0, childInNeed 0, childProtectionPlan 1,"
                + " lookedAfter 0, total 1");
        assertThat(added.get(date(4, 19))).isEqualTo("earlyHelp 0, childInNeed 0, childProtectionPlan 1, lookedAfter 0, total 1");
        assertThat(added.get(date(4, 20))).as("the plan ended as care started: counted once, looked after")
                .isEqualTo("earlyHelp 0, childInNeed 0, childProtectionPlan 0, lookedAfter 1, total 1");
        assertThat(added.get(date(10, 29))).isEqualTo("earlyHelp 0, childInNeed 0, childProtectionPlan 0, lookedAfter 1, total 1");
        assertThat(added.get(date(10, 30))).as("care and the referral ended that day")
                .isEqualTo("earlyHelp 0, childInNeed 0, childProtectionPlan 0, lookedAfter 0, total 0");
    }

    @Test
    void replayingTheFeedTwiceChangesNothing() {
        Pathway p = Pathway.numbered("813");
        publishTheWholePathway(p);
        LookedAfterJourney police = LookedAfterJourney.directEntry(feed, "C8130002", "LAC-8130002");
        police.started(date(3, 2), date(3, 30), "POLICE_PROTECTION", "L1", "N1", FOSTER_CARE);
        police.ceased(date(3, 4), "E4A");
        LookedAfterJourney.directEntry(feed, "C8130002", "LAC-8130003")
                .started(date(9, 7), date(10, 5), "ACCOMMODATED", "V2", "N4", CHILDRENS_HOME_IN_AN_EMERGENCY);
        consumer.catchUp();
        Map<String, Object> summaryBefore = summary(p.child());
        Map<String, Object> directBefore = summary("C8130002");
        Map<String, Object> historyBefore = history(p.child());
        Map<String, Object> directHistoryBefore = history("C8130002");
        List<Map<String, Object>> chronologyBefore = chronology(p.child());
        Map<String, Object> countsBefore = openCases(date(9, 7));
        Map<String, Long> rowsBefore = rowCounts();

        consumer.replayFromTheStart();
        consumer.catchUp();
        consumer.replayFromTheStart();
        consumer.catchUp();

        assertThat(rowCounts()).as("counted before reading again: each read is audited").isEqualTo(rowsBefore);
        assertThat(summary(p.child())).isEqualTo(summaryBefore);
        assertThat(summary("C8130002")).isEqualTo(directBefore);
        assertThat(history(p.child())).isEqualTo(historyBefore);
        assertThat(history("C8130002")).isEqualTo(directHistoryBefore);
        assertThat(chronology(p.child())).isEqualTo(chronologyBefore);
        assertThat(openCases(date(9, 7))).isEqualTo(countsBefore);
    }

    @Test
    void eventsForAPeriodOfCareTheRecordDoesNotHoldAreSetAsideNotLost() {
        consumer.catchUp();
        String child = "C8140001";
        LookedAfterJourney known = LookedAfterJourney.directEntry(feed, child, "LAC-8140001");
        known.started(date(3, 2), date(3, 30), "POLICE_PROTECTION", "L1", "N1", FOSTER_CARE);
        LookedAfterJourney unknown = LookedAfterJourney.directEntry(feed, child, "LAC-NOSUCH");
        List<JourneyEvent> events = List.of(
                LookedAfterJourney.inReferral(feed, child, "CON-8140001", "REF-NOSUCH", "LAC-8140002")
                        .started(date(4, 1), date(4, 29), "ASSESSMENT", "C2", "N1", FOSTER_CARE),
                unknown.placementChanged(date(3, 10), date(3, 17), CHILDRENS_HOME_IN_AN_EMERGENCY, "CARPL"),
                unknown.placementPlanAgreed(date(3, 12), date(3, 17)),
                unknown.visit(date(3, 5), date(3, 9), true, true),
                unknown.review(date(3, 25), date(3, 30), "Jo Reviewer"),
                unknown.workDue(VISIT_DUE, date(3, 5), date(4, 16)),
                unknown.workDue(REVIEW_DUE, date(3, 25), date(6, 25)),
                unknown.ceased(date(4, 1), "E4A"),
                known.placementPlanAgreed(date(2, 27), date(3, 9)));
        consumer.catchUp();

        for (JourneyEvent event : events) {
            assertThat(count("feed_quarantine where event_id = '" + event.eventId() + "'")).as(event.type()).isEqualTo(1);
            assertThat(count("chronology_entry where event_id = '" + event.eventId() + "'")).as(event.type()).isZero();
        }
        assertThat(count("cla_period where cla_period_id = 'LAC-8140002'")).isZero();
        assertThat(currentPeriod(child)).containsEntry("claPeriodId", "LAC-8140001");
    }

    /** The escalations of the looked-after journey's statutory timescales, worded from the rule and naming the period of care. */
    @Test
    void escalationsOfLookedAfterWorkNameThePeriodOfCareAndTheStatutoryRule() {
        String child = "C8180001";
        LookedAfterJourney care = LookedAfterJourney.directEntry(feed, child, "LAC-8180001");
        care.started(date(3, 2), date(3, 30), "POLICE_PROTECTION", "L1", "N1", CHILDRENS_HOME_IN_AN_EMERGENCY);
        List<JourneyEvent> events = List.of(
                care.escalation("PlacementPlanOverdue", date(3, 9), date(3, 9), "BREACHED", "T20", null, null),
                care.escalation("OverdueClaReviewReviewed", date(4, 1), date(3, 30), "REVIEWED", "T17", "cic.manager",
                        "Review booked for Friday."),
                care.escalation("RecordedInTime", date(3, 6), date(3, 9), "RECORDED_IN_TIME", "T12", "cic.worker", null));
        consumer.catchUp();

        for (JourneyEvent event : events) {
            assertThat(count("feed_quarantine where event_id = '" + event.eventId() + "'")).as(event.type()).isZero();
        }
        Map<String, String> said = chronology(child).stream().collect(Collectors.toMap(entry -> (String) entry.get("kind"),
                entry -> (String) entry.get("summary")));
        assertThat(said.get("PlacementPlanOverdue")).isEqualTo("Nothing had been recorded for period of care LAC-8180001 by the"
                + " end of its due day, 2026-03-09, under timescale T20 (5 working days): agree the placement plan for an emergency"
                + " placement within 5 working days of the placement. Escalated to the team-cic managers.");
        assertThat(said.get("OverdueClaReviewReviewed")).isEqualTo("A manager reviewed the escalation for period of care"
                + " LAC-8180001 under timescale T17 (20 working days, due 2026-03-30): Review booked for Friday.");
        assertThat(said.get("RecordedInTime")).isEqualTo("The work for period of care LAC-8180001 was recorded as done on"
                + " 2026-03-06, within timescale T12 (1 week): visit a looked-after child within 1 week of the start of any"
                + " placement (due 2026-03-09). The escalation was closed.");
    }

    /** Referred on 5 January 2026 to a strategy discussion, assessed; on a plan from 26 January. */
    private void onAChildProtectionPlan(Pathway p) {
        Journeys frontDoor = Journeys.of(feed, p.child(), p.contact());
        frontDoor.contactReceived(LocalDateTime.of(2026, 1, 5, 9, 0), date(1, 6), "Jade", "Parker");
        frontDoor.contactDecided("STRATEGY_DISCUSSION", date(1, 5), date(1, 6));
        frontDoor.referralReceived(p.referral(), date(1, 5), date(3, 9));
        frontDoor.allocated("north.worker", date(1, 6), date(3, 9));
        ChildProtectionJourney cp = ChildProtectionJourney.of(feed, p.child(), p.contact(), p.referral());
        cp.strategyDiscussion(date(1, 6), date(1, 6), "SECTION_47");
        cp.section47Completed(date(1, 6), date(1, 16), date(1, 27), "INITIAL_CONFERENCE");
        cp.initialConference(date(1, 6), date(1, 26), date(1, 27), "CHILD_PROTECTION_PLAN");
        cp.planStarted(p.cpPlan(), date(1, 26), date(2, 9), date(2, 9), date(4, 26));
        frontDoor.assessmentCompleted(date(1, 5), date(3, 2), "CHILD_IN_NEED_PLAN", date(3, 9));
    }

    /** The review conference of 20 April 2026 ends the plan as the child comes into care that day: first visit and review. */
    private LookedAfterJourney planEndsAndCareStarts(Pathway p) {
        ChildProtectionJourney.of(feed, p.child(), p.contact(), p.referral())
                .review(p.cpPlan(), date(4, 20), date(4, 26), "END_PLAN", "BECAME_LOOKED_AFTER");
        LookedAfterJourney care = LookedAfterJourney.inReferral(feed, p.child(), p.contact(), p.referral(), p.period());
        care.started(date(4, 20), date(5, 19), "CP_PLAN", "C2", "N1", FOSTER_CARE);
        care.workDue(VISIT_DUE, date(4, 20), date(4, 27));
        care.visit(date(4, 24), date(4, 27), true, true);
        care.workDue(VISIT_DUE, date(4, 24), date(6, 5));
        care.review(date(5, 14), date(5, 19), "Jo Reviewer");
        care.workDue(REVIEW_DUE, date(5, 14), date(8, 14));
        return care;
    }

    /** An emergency move to a children's home and its plan, a visit, a late one after its escalation, and the second review. */
    private void movedInAnEmergencyVisitedLateAndReviewed(LookedAfterJourney care) {
        care.placementChanged(date(6, 1), date(6, 8), CHILDRENS_HOME_IN_AN_EMERGENCY, "CARPL");
        care.placementPlanAgreed(date(6, 4), date(6, 8));
        care.visit(date(6, 5), date(6, 8), true, false);
        care.workDue(VISIT_DUE, date(6, 5), date(7, 17));
        care.escalation("ClaVisitOverdue", date(7, 17), date(7, 17), "BREACHED", "T13", null, null);
        care.visit(date(7, 20), date(7, 17), true, true);
        care.workDue(VISIT_DUE, date(7, 20), date(8, 31));
        care.review(date(8, 10), date(8, 14), "Jo Reviewer");
        care.workDue(REVIEW_DUE, date(8, 10), LocalDate.of(2027, 2, 10));
    }

    private void publishTheWholePathway(Pathway p) {
        onAChildProtectionPlan(p);
        LookedAfterJourney care = planEndsAndCareStarts(p);
        movedInAnEmergencyVisitedLateAndReviewed(care);
        care.ceased(date(10, 30), "E45");
    }

    /** Referred on 5 January 2026, allocated, assessed on 20 February with {@code outcome}. */
    private void referred(String child, String contact, String referral, String outcome) {
        Journeys frontDoor = Journeys.of(feed, child, contact);
        frontDoor.contactReceived(LocalDateTime.of(2026, 1, 5, 9, 0), date(1, 6), "Ava", "Hart");
        frontDoor.contactDecided("REFERRAL", date(1, 5), date(1, 6));
        frontDoor.referralReceived(referral, date(1, 5), date(3, 9));
        frontDoor.allocated("north.worker", date(1, 6), date(3, 9));
        frontDoor.assessmentCompleted(date(1, 5), date(2, 20), outcome, date(3, 9));
    }

    private static LocalDate date(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    /** A code as the record answers it, with its words. */
    private static Map<String, Object> coded(String code, String words) {
        return Map.of("code", code, "words", words);
    }

    /** The code of a value answered with its words; "null" for none. */
    private static String code(Object coded) {
        return coded == null ? "null" : (String) ((Map<String, Object>) coded).get("code");
    }

    private Map<String, Object> summary(String laChildId) {
        return identity.as(http, "cic.worker").getForObject("/api/casework/children/" + laChildId, Map.class);
    }

    private Map<String, Object> lookedAfter(String laChildId) {
        return (Map<String, Object>) summary(laChildId).get("lookedAfter");
    }

    private Map<String, Object> currentPeriod(String laChildId) {
        return (Map<String, Object>) lookedAfter(laChildId).get("currentPeriod");
    }

    private Map<String, Object> history(String laChildId) {
        return identity.as(http, "cic.worker").getForObject("/api/casework/children/" + laChildId + "/looked-after", Map.class);
    }

    private List<Map<String, Object>> openEpisodes(String laChildId) {
        return (List<Map<String, Object>>) summary(laChildId).get("openEpisodes");
    }

    private String stageOf(String laChildId, String episodeId) {
        return openEpisodes(laChildId).stream().filter(episode -> episode.get("episodeId").equals(episodeId))
                .map(episode -> (String) episode.get("stage")).findFirst().orElse("(not open)");
    }

    private List<Map<String, Object>> chronology(String laChildId) {
        return identity.as(http, "cic.worker").exchange("/api/casework/children/" + laChildId + "/chronology",
                HttpMethod.GET, null, new ParameterizedTypeReference<List<Map<String, Object>>>() { }).getBody();
    }

    private String lastSaid(String laChildId) {
        List<Map<String, Object>> chronology = chronology(laChildId);
        return (String) chronology.get(chronology.size() - 1).get("summary");
    }

    private Map<String, Object> openCases(LocalDate date) {
        return identity.as(http, "performance").getForObject("/api/casework/open-cases?date=" + date, Map.class);
    }

    private static String difference(Map<String, Object> before, Map<String, Object> after) {
        return List.of("earlyHelp", "childInNeed", "childProtectionPlan", "lookedAfter", "total").stream()
                .map(level -> level + " " + (((Number) after.get(level)).longValue() - ((Number) before.get(level)).longValue()))
                .collect(Collectors.joining(", "));
    }

    private long count(String fromWhere) {
        return jdbc.sql("select count(*) from " + fromWhere).query(Long.class).single();
    }

    private Map<String, Long> rowCounts() {
        return List.of("child", "contact", "episode", "assessment", "allocation", "cp_plan", "review_conference", "episode_closing",
                "cla_period", "cla_placement", "cla_placement_plan", "cla_visit", "cla_review", "chronology_entry", "audit_entry",
                "feed_quarantine").stream()
                .collect(Collectors.toMap(table -> table, this::count));
    }
}
