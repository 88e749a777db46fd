package org.caseflow.casework.childprotection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.journey.events.childprotection.CpPlanWorkDue.CORE_GROUP_DUE;
import static org.caseflow.journey.events.childprotection.CpPlanWorkDue.REVIEW_CONFERENCE_DUE;
import static org.caseflow.journey.events.childprotection.CpPlanWorkDue.VISIT_DUE;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.caseflow.casework.CaseworkIntegrationTest;
import org.caseflow.casework.ChildProtectionJourney;
import org.caseflow.casework.EarlyHelpJourney;
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
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A child's child protection pathway as the journey event feed builds it, read back through the
 * API: the status and the episode's stage after each step, the chronology, the history, a repeat
 * plan, and replays.
 */
@CaseworkIntegrationTest
class ChildProtectionPathwayTest {

    static final LocalDate ASSESSMENT_DUE = LocalDate.of(2026, 3, 9);

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

    @Test
    void aChildsWholePathwayFromAStrategyDiscussionToTheEndOfTheirPlanAndASecondPlan() {
        String child = "C6000001";
        String referral = "REF-600001";
        String plan = "CPP-600001";
        Journeys frontDoor = Journeys.of(feed, child, "CON-600001");
        frontDoor.contactReceived(LocalDateTime.of(2026, 1, 5, 9, 0), date(1, 6), "Mia", "Hart");
        frontDoor.contactDecided("STRATEGY_DISCUSSION", date(1, 5), date(1, 6));
        frontDoor.referralReceived(referral, date(1, 5), ASSESSMENT_DUE);
        frontDoor.allocated("north.worker", date(1, 5), ASSESSMENT_DUE);
        consumer.catchUp();
        assertThat(stageOf(child, referral)).as("the front door decided on a strategy discussion").isEqualTo("STRATEGY_DISCUSSION");
        assertThat(childProtection(child)).containsEntry("onPlan", false).containsEntry("currentPlan", null)
                .containsEntry("plansEnded", 0);

        ChildProtectionJourney cp = ChildProtectionJourney.of(feed, child, "CON-600001", referral);
        cp.strategyDiscussion(date(1, 6), date(1, 6), "SECTION_47");
        consumer.catchUp();
        assertThat(stageOf(child, referral)).isEqualTo("SECTION_47");

        cp.section47Completed(date(1, 6), date(1, 16), date(1, 27), "INITIAL_CONFERENCE");
        consumer.catchUp();
        assertThat(stageOf(child, referral)).isEqualTo("INITIAL_CONFERENCE");

        cp.initialConference(date(1, 6), date(1, 26), date(1, 27), "CHILD_PROTECTION_PLAN");
        consumer.catchUp();
        assertThat(stageOf(child, referral)).as("the conference decided on a plan").isEqualTo("CHILD_PROTECTION_PLAN");
        assertThat(childProtection(child)).as("not on it until it starts").containsEntry("onPlan", false);

        cp.planStarted(plan, date(1, 26), date(2, 9), date(2, 9), date(4, 26));
        consumer.catchUp();
        assertThat(childProtection(child)).containsEntry("onPlan", true);
        assertThat(currentPlan(child)).containsEntry("cpPlanId", plan).containsEntry("since", "2026-01-26")
                .containsEntry("category", "NEGLECT").containsEntry("leadSocialWorker", "north.worker")
                .containsEntry("team", "team-north").containsEntry("planNumber", 1).containsEntry("repeatPlan", false)
                .containsEntry("withinTwoYearsOfPreviousPlan", false).containsEntry("nextReviewConferenceDueOn", "2026-04-26")
                .containsEntry("lastVisit", null).containsEntry("nextVisitDueOn", "2026-02-09")
                .containsEntry("nextCoreGroupDueOn", "2026-02-09");

        cp.visit(plan, date(2, 4), date(2, 9), true, true);
        consumer.catchUp();
        assertThat(currentPlan(child)).as("due again only once the journey says when")
                .containsEntry("lastVisit", Map.of("visitedOn", "2026-02-04", "childSeen", true, "childSeenAlone", true))
                .containsEntry("nextVisitDueOn", "2026-02-09");

        cp.workDue(VISIT_DUE, plan, date(2, 4), date(2, 18));
        cp.coreGroup(plan, date(2, 5), date(2, 9));
        cp.workDue(CORE_GROUP_DUE, plan, date(2, 5), date(3, 5));
        consumer.catchUp();
        assertThat(currentPlan(child)).containsEntry("nextVisitDueOn", "2026-02-18").containsEntry("nextCoreGroupDueOn", "2026-03-05");

        cp.visit(plan, date(2, 17), date(2, 18), true, false);
        cp.workDue(VISIT_DUE, plan, date(2, 17), date(3, 3));
        frontDoor.assessmentCompleted(date(1, 5), date(3, 2), "CHILD_IN_NEED_PLAN", ASSESSMENT_DUE);
        JourneyEvent overdue = cp.planEscalation("CpVisitOverdue", plan, date(3, 3), date(3, 3), "BREACHED", "T10", null, null);
        consumer.catchUp();
        assertThat(currentPlan(child))
                .containsEntry("lastVisit", Map.of("visitedOn", "2026-02-17", "childSeen", true, "childSeenAlone", false))
                .containsEntry("nextVisitDueOn", "2026-03-03");
        assertThat(stageOf(child, referral)).as("an assessment authorised during the plan does not take the episode off it")
                .isEqualTo("CHILD_PROTECTION_PLAN");
        assertThat(count("feed_quarantine where event_id = '" + overdue.eventId() + "'")).as("a local timescale is known").isZero();

        cp.visit(plan, date(3, 4), date(3, 3), true, true);
        cp.workDue(VISIT_DUE, plan, date(3, 4), date(3, 18));
        cp.review(plan, date(4, 20), date(4, 26), "CONTINUE_PLAN", null);
        cp.workDue(REVIEW_CONFERENCE_DUE, plan, date(4, 20), date(10, 20));
        consumer.catchUp();
        assertThat(childProtection(child)).containsEntry("onPlan", true);
        assertThat(currentPlan(child)).containsEntry("nextReviewConferenceDueOn", "2026-10-20").containsEntry("nextVisitDueOn", "2026-03-18");

        cp.review(plan, date(7, 13), date(10, 20), "END_PLAN", "STEP_DOWN_TO_CHILD_IN_NEED");
        consumer.catchUp();
        assertThat(childProtection(child)).containsEntry("onPlan", false).containsEntry("currentPlan", null)
                .containsEntry("plansEnded", 1).containsEntry("lastPlanEndedOn", "2026-07-13");
        assertThat(stageOf(child, referral)).as("stepped down: the episode goes on as child in need").isEqualTo("CHILD_IN_NEED");

        List<Map<String, Object>> chronology = chronology(child);
        assertThat(chronology).extracting(entry -> entry.get("kind")).containsExactly("ContactReceived", "ContactDecided",
                "ReferralReceived", "SocialWorkerAllocated", "StrategyDiscussionHeld", "Section47Completed", "IcpcHeld",
                "CpPlanStarted", "CpVisitMade", "CpVisitDue", "CoreGroupHeld", "CoreGroupDue", "CpVisitMade", "CpVisitDue",
                "AssessmentCompleted", "CpVisitOverdue", "CpVisitMade", "CpVisitDue", "ReviewConferenceHeld",
                "ReviewConferenceDue", "ReviewConferenceHeld");
        assertThat(chronology).extracting(entry -> entry.get("occurredOn")).containsExactly("2026-01-05", "2026-01-05",
                "2026-01-05", "2026-01-05", "2026-01-06", "2026-01-16", "2026-01-26", "2026-01-26", "2026-02-04", "2026-02-04",
                "2026-02-05", "2026-02-05", "2026-02-17", "2026-02-17", "2026-03-02", "2026-03-03", "2026-03-04", "2026-03-04",
                "2026-04-20", "2026-04-20", "2026-07-13");
        Map<String, String> said = firstSummaryByKind(chronology);
        assertThat(said.get("StrategyDiscussionHeld")).isEqualTo("Strategy discussion for referral REF-600001 with police and"
                + " health, about neglect. Decided: section 47 enquiry, started that day. Injuries unexplained; police to join the"
                + " enquiry. Held within local timescale T2 (1 working day; due 2026-01-06).");
        assertThat(said.get("Section47Completed")).isEqualTo("Section 47 enquiry for referral REF-600001, started 2026-01-06,"
                + " completed: concerns substantiated (neglect). The child was seen on 2026-01-07. Next: initial child protection"
                + " conference, due by 2026-01-27.");
        assertThat(said.get("IcpcHeld")).isEqualTo("Initial child protection conference for referral REF-600001, chaired by Pat"
                + " Independent: child protection plan under the category of neglect, lead social worker north.worker. Held within"
                + " timescale T4 (15 working days of the strategy discussion on 2026-01-06; due 2026-01-27).");
        assertThat(said.get("CpPlanStarted")).isEqualTo("Child protection plan CPP-600001 started under the category of neglect,"
                + " lead social worker north.worker (team-north). Due: first core group by 2026-02-09, first visit by 2026-02-09,"
                + " first review conference by 2026-04-26. It is the child's first child protection plan.");
        assertThat(said.get("CpVisitMade")).isEqualTo("Child protection visit for plan CPP-600001 by north.worker: the child was"
                + " seen alone. Made on or before its due date, 2026-02-09.");
        assertThat(said.get("CpVisitDue")).isEqualTo("Next child protection visit for child protection plan CPP-600001 due by"
                + " 2026-02-18, counted from 2026-02-04.");
        assertThat(said.get("CpVisitOverdue")).isEqualTo("Nothing had been recorded for child protection plan CPP-600001 by the"
                + " end of its due day, 2026-03-03, under local timescale T10 (10 working days): see a child on a child protection"
                + " plan within the local interval of the last visit. Escalated to the team-north managers.");
        assertThat(chronology.get(16).get("summary")).isEqualTo("Child protection visit for plan CPP-600001 by north.worker: the"
                + " child was seen alone. Made after its due date, 2026-03-03.");
        assertThat(chronology.get(20).get("summary")).isEqualTo("Child protection review conference for plan CPP-600001: the"
                + " plan ends (stepped down to a child in need plan). Held on or before its due date, 2026-10-20. The plan ended"
                + " on 2026-07-13.");

        // months later, a new referral and a second plan: a repeat plan, within 2 years of the first ending
        String secondReferral = "REF-600002";
        Journeys again = Journeys.of(feed, child, "CON-600002");
        again.contactReceived(LocalDateTime.of(2027, 2, 1, 9, 0), date(2027, 2, 2), "Mia", "Hart");
        again.contactDecided("STRATEGY_DISCUSSION", date(2027, 2, 1), date(2027, 2, 2));
        again.referralReceived(secondReferral, date(2027, 2, 1), date(2027, 4, 6));
        ChildProtectionJourney secondEnquiry = ChildProtectionJourney.of(feed, child, "CON-600002", secondReferral);
        secondEnquiry.strategyDiscussion(date(2027, 2, 2), date(2027, 2, 2), "SECTION_47");
        secondEnquiry.section47Completed(date(2027, 2, 2), date(2027, 2, 12), date(2027, 2, 23), "INITIAL_CONFERENCE");
        secondEnquiry.initialConference(date(2027, 2, 2), date(2027, 2, 22), date(2027, 2, 23), "CHILD_PROTECTION_PLAN");
        secondEnquiry.planStarted("CPP-600002", date(2027, 2, 22), date(2027, 3, 8), date(2027, 3, 8), date(2027, 5, 22));
        consumer.catchUp();

        assertThat(childProtection(child)).containsEntry("onPlan", true).containsEntry("plansEnded", 1);
        assertThat(currentPlan(child)).containsEntry("cpPlanId", "CPP-600002").containsEntry("since", "2027-02-22")
                .containsEntry("planNumber", 2).containsEntry("repeatPlan", true)
                .containsEntry("previousPlanEndedOn", "2026-07-13").containsEntry("withinTwoYearsOfPreviousPlan", true)
                .containsEntry("lastVisit", null);
        assertThat(openEpisodes(child)).extracting(episode -> episode.get("episodeId") + " " + episode.get("stage"))
                .containsExactly("REF-600001 CHILD_IN_NEED", "REF-600002 CHILD_PROTECTION_PLAN");
        assertThat(chronology(child).get(chronology(child).size() - 1).get("summary")).asString().endsWith("It is the child's"
                + " 2nd child protection plan, a repeat plan: the previous plan ended on 2026-07-13, within 2 years before.");

        Map<String, Object> history = history("north.worker", child).getBody();
        assertThat((List<Map<String, Object>>) history.get("strategyDiscussions"))
                .extracting(discussion -> discussion.get("heldOn") + " " + discussion.get("decision"))
                .containsExactly("2026-01-06 SECTION_47", "2027-02-02 SECTION_47");
        assertThat((List<Map<String, Object>>) history.get("section47Enquiries")).first().satisfies(enquiry -> assertThat(enquiry)
                .containsEntry("startedOn", "2026-01-06").containsEntry("completedOn", "2026-01-16")
                .containsEntry("outcome", "CONCERNS_SUBSTANTIATED").containsEntry("decision", "INITIAL_CONFERENCE")
                .containsEntry("icpcDueOn", "2026-01-27"));
        assertThat((List<Map<String, Object>>) history.get("initialConferences")).first().satisfies(conference -> assertThat(conference)
                .containsEntry("heldOn", "2026-01-26").containsEntry("inTime", true).containsEntry("decision", "CHILD_PROTECTION_PLAN"));
        List<Map<String, Object>> plans = (List<Map<String, Object>>) history.get("plans");
        assertThat(plans).extracting(p -> p.get("cpPlanId") + " #" + p.get("planNumber") + " repeat " + p.get("repeatPlan"))
                .containsExactly("CPP-600001 #1 repeat false", "CPP-600002 #2 repeat true");
        assertThat(plans.get(0)).containsEntry("endedOn", "2026-07-13").containsEntry("endReason", "STEP_DOWN_TO_CHILD_IN_NEED");
        assertThat((List<Map<String, Object>>) plans.get(0).get("visits")).extracting(visit -> visit.get("visitedOn") + " " + visit.get("inTime"))
                .containsExactly("2026-02-04 true", "2026-02-17 true", "2026-03-04 false");
        assertThat((List<Map<String, Object>>) plans.get(0).get("reviewConferences")).extracting(review -> review.get("decision"))
                .containsExactly("CONTINUE_PLAN", "END_PLAN");
        assertThat((List<?>) plans.get(0).get("coreGroups")).hasSize(1);
    }

    @Test
    void noFurtherActionClosesTheEpisodeOnlyOnceItsAssessmentIsDoneAndAReplayDecidesTheSame() {
        // the enquiry ends in no further action while the assessment is still open: the assessment decides
        String child = "C6000002";
        Journeys frontDoor = Journeys.of(feed, child, "CON-600003");
        frontDoor.contactReceived(LocalDateTime.of(2026, 1, 5, 9, 0), date(1, 6), "Noah", "Reed");
        frontDoor.contactDecided("STRATEGY_DISCUSSION", date(1, 5), date(1, 6));
        frontDoor.referralReceived("REF-600003", date(1, 5), ASSESSMENT_DUE);
        ChildProtectionJourney cp = ChildProtectionJourney.of(feed, child, "CON-600003", "REF-600003");
        cp.strategyDiscussion(date(1, 6), date(1, 6), "SECTION_47");
        cp.section47Completed(date(1, 6), date(1, 20), null, "NO_FURTHER_ACTION");
        consumer.catchUp();
        assertThat(stageOf(child, "REF-600003")).isEqualTo("ASSESSMENT");
        assertThat(firstSummaryByKind(chronology(child)).get("Section47Completed"))
                .endsWith("Next: no further action. The child in need episode stays open while its assessment continues.");

        frontDoor.assessmentCompleted(date(1, 5), date(2, 20), "CHILD_IN_NEED_PLAN", ASSESSMENT_DUE);
        // a second enquiry in another referral, after its assessment: no further action closes that episode
        Journeys later = Journeys.of(feed, child, "CON-600004");
        later.contactReceived(LocalDateTime.of(2026, 6, 1, 9, 0), date(6, 2), "Noah", "Reed");
        later.contactDecided("REFERRAL", date(6, 1), date(6, 2));
        later.referralReceived("REF-600004", date(6, 1), date(8, 3));
        later.assessmentCompleted(date(6, 1), date(6, 10), "STRATEGY_DISCUSSION", date(8, 3));
        consumer.catchUp();
        assertThat(stageOf(child, "REF-600004")).as("the assessment decided on a strategy discussion").isEqualTo("STRATEGY_DISCUSSION");

        ChildProtectionJourney second = ChildProtectionJourney.of(feed, child, "CON-600004", "REF-600004");
        second.strategyDiscussion(date(6, 11), date(6, 11), "SECTION_47");
        second.section47Completed(date(6, 11), date(6, 19), date(7, 2), "INITIAL_CONFERENCE");
        second.initialConference(date(6, 11), date(7, 1), date(7, 2), "NO_PLAN_NO_FURTHER_ACTION");
        consumer.catchUp();

        assertThat(openEpisodes(child)).extracting(episode -> episode.get("episodeId") + " " + episode.get("stage"))
                .containsExactly("REF-600003 CHILD_IN_NEED");
        assertThat((String) chronology(child).get(chronology(child).size() - 1).get("summary"))
                .endsWith("The child in need episode was closed.");
        assertThat(jdbc.sql("select end_reason from episode where episode_id = 'REF-600004'").query(String.class).single())
                .isEqualTo("INITIAL_CONFERENCE_NO_FURTHER_ACTION");

        Map<String, Object> summaryBefore = summary(child);
        Map<String, Object> historyBefore = history("north.worker", child).getBody();
        consumer.replayFromTheStart();
        consumer.catchUp();

        assertThat(summary(child)).as("the first enquiry's episode was not closed, and a replay does not close it")
                .isEqualTo(summaryBefore);
        assertThat(history("north.worker", child).getBody()).isEqualTo(historyBefore);
    }

    /** A step down closes the referral's episode and says so; the Early Help episode is opened only by its own journey's event. */
    @Test
    void aStepDownToEarlyHelpClosesTheEpisodeAndEarlyHelpArrivesByItsOwnEvent() {
        String onAPlan = "C6000006";
        Journeys frontDoor = Journeys.of(feed, onAPlan, "CON-600008");
        frontDoor.contactReceived(LocalDateTime.of(2026, 1, 5, 9, 0), date(1, 6), "Rae", "Lund");
        frontDoor.contactDecided("STRATEGY_DISCUSSION", date(1, 5), date(1, 6));
        frontDoor.referralReceived("REF-600008", date(1, 5), ASSESSMENT_DUE);
        ChildProtectionJourney cp = ChildProtectionJourney.of(feed, onAPlan, "CON-600008", "REF-600008");
        cp.strategyDiscussion(date(1, 6), date(1, 6), "SECTION_47");
        cp.section47Completed(date(1, 6), date(1, 16), date(1, 27), "INITIAL_CONFERENCE");
        cp.initialConference(date(1, 6), date(1, 26), date(1, 27), "CHILD_PROTECTION_PLAN");
        cp.planStarted("CPP-600008", date(1, 26), date(2, 9), date(2, 9), date(4, 26));
        frontDoor.assessmentCompleted(date(1, 5), date(3, 2), "CHILD_IN_NEED_PLAN", ASSESSMENT_DUE);
        cp.review("CPP-600008", date(4, 20), date(4, 26), "END_PLAN", "STEP_DOWN_TO_EARLY_HELP");

        String afterAnEnquiry = "C6000007";
        Journeys second = Journeys.of(feed, afterAnEnquiry, "CON-600009");
        second.contactReceived(LocalDateTime.of(2026, 6, 1, 9, 0), date(6, 2), "Sol", "Lund");
        second.contactDecided("REFERRAL", date(6, 1), date(6, 2));
        second.referralReceived("REF-600009", date(6, 1), date(8, 3));
        second.assessmentCompleted(date(6, 1), date(6, 10), "STRATEGY_DISCUSSION", date(8, 3));
        ChildProtectionJourney enquiry = ChildProtectionJourney.of(feed, afterAnEnquiry, "CON-600009", "REF-600009");
        enquiry.strategyDiscussion(date(6, 11), date(6, 11), "SECTION_47");
        enquiry.section47Completed(date(6, 11), date(6, 19), null, "EARLY_HELP");
        consumer.catchUp();

        assertThat(openEpisodes(onAPlan)).as("no Early Help episode until its journey says so").isEmpty();
        assertThat(openEpisodes(afterAnEnquiry)).isEmpty();
        assertThat((String) chronology(onAPlan).get(chronology(onAPlan).size() - 1).get("summary")).endsWith("The plan ended on"
                + " 2026-04-20. Stepped down from child protection plan CPP-600008 to Early Help. Referral REF-600008's child in"
                + " need episode was closed.");
        assertThat((String) chronology(afterAnEnquiry).get(chronology(afterAnEnquiry).size() - 1).get("summary")).endsWith("Next:"
                + " Early Help. Stepped down from the section 47 enquiry of referral REF-600009 to Early Help. The child in need"
                + " episode was closed.");

        EarlyHelpJourney.of(feed, onAPlan, "CON-600008", "EH-600008").steppedDown("CP_PLAN_STEP_DOWN", "CPP-600008", date(4, 20),
                date(4, 27));
        consumer.catchUp();
        assertThat(openEpisodes(onAPlan)).extracting(episode -> episode.get("episodeId") + " " + episode.get("stage"))
                .containsExactly("EH-600008 EARLY_HELP");
        assertThat((String) chronology(onAPlan).get(chronology(onAPlan).size() - 1).get("summary")).isEqualTo("Stepped down from"
                + " child protection plan CPP-600008 to Early Help (EH-600008). The transfer is due to be accepted by 2026-04-27.");
    }

    /**
     * The social worker puts the outcome to the managers; one sends it back, then endorses the next:
     * each decision is an oversight entry, and the outcome (here no further action) takes effect only
     * once endorsed, on the day it was.
     */
    @Test
    void anEnquirysOutcomeTakesEffectOnceAManagerEndorsesItAndEachDecisionIsOversightOnTheRecord() {
        String child = "C6000008";
        Journeys frontDoor = Journeys.of(feed, child, "CON-600010");
        frontDoor.contactReceived(LocalDateTime.of(2026, 6, 1, 9, 0), date(6, 2), "Ivy", "Stone");
        frontDoor.contactDecided("REFERRAL", date(6, 1), date(6, 2));
        frontDoor.referralReceived("REF-600010", date(6, 1), date(8, 3));
        frontDoor.assessmentCompleted(date(6, 1), date(6, 10), "STRATEGY_DISCUSSION", date(8, 3));
        ChildProtectionJourney cp = ChildProtectionJourney.of(feed, child, "CON-600010", "REF-600010");
        cp.strategyDiscussion(date(6, 11), date(6, 11), "SECTION_47");
        cp.section47Submitted(date(6, 11), date(6, 19), date(7, 2), "NO_FURTHER_ACTION");
        cp.section47EndorsementDecided("SEND_BACK", "NO_FURTHER_ACTION", date(6, 22), date(7, 2), "Speak to the school first.");
        consumer.catchUp();
        assertThat(stageOf(child, "REF-600010")).as("nothing takes effect before it is endorsed").isEqualTo("SECTION_47");

        cp.section47Submitted(date(6, 11), date(6, 24), date(7, 2), "NO_FURTHER_ACTION");
        cp.section47EndorsementDecided("ENDORSE", "NO_FURTHER_ACTION", date(6, 25), date(7, 2), "School confirms; no further action.");
        cp.section47Endorsed(date(6, 11), date(6, 24), date(6, 25), date(7, 2), "NO_FURTHER_ACTION");
        consumer.catchUp();

        assertThat(openEpisodes(child)).isEmpty();
        assertThat(jdbc.sql("select ended_on from episode where episode_id = 'REF-600010'").query(LocalDate.class).single())
                .as("closed the day it was endorsed").isEqualTo(date(6, 25));
        List<Map<String, Object>> chronology = chronology(child);
        assertThat(chronology).extracting(entry -> entry.get("kind")).containsSubsequence("Section47Submitted",
                "Section47EndorsementDecided", "Section47Submitted", "Section47EndorsementDecided", "Section47Completed");
        Map<String, String> said = firstSummaryByKind(chronology);
        assertThat(said.get("Section47Submitted")).isEqualTo("Section 47 enquiry for referral REF-600010 completed and put to the"
                + " team's managers by north.worker: concerns substantiated, proposing: no further action.");
        assertThat(said.get("Section47EndorsementDecided")).isEqualTo("Management oversight: the outcome of the section 47 enquiry"
                + " for referral REF-600010 (no further action) was sent back for more work by north.manager on 2026-06-22."
                + " Direction: Speak to the school first.");
        assertThat(said.get("Section47Completed")).contains("Completed on 2026-06-24; the outcome was endorsed by north.manager on"
                + " 2026-06-25. Next: no further action.").endsWith("The child in need episode was closed.");
        assertThat((List<Map<String, Object>>) history("north.worker", child).getBody().get("section47Enquiries")).singleElement()
                .satisfies(enquiry -> assertThat(enquiry).containsEntry("completedOn", "2026-06-24")
                        .containsEntry("completedBy", "north.worker").containsEntry("endorsedOn", "2026-06-25")
                        .containsEntry("endorsedBy", "north.manager"));
        List<Map<String, Object>> oversight = identity.as(http, "north.worker")
                .getForObject("/api/casework/children/" + child + "/oversight", List.class);
        assertThat(oversight).filteredOn(entry -> "SECTION_47_OUTCOME".equals(entry.get("point")))
                .extracting(entry -> entry.get("decidedOn") + " " + entry.get("manager") + ": " + entry.get("direction"))
                .containsExactly("2026-06-22 north.manager: Speak to the school first.",
                        "2026-06-25 north.manager: School confirms; no further action.");
    }

    @Test
    void replayingTheFeedChangesNothing() {
        String child = "C6000003";
        String plan = "CPP-600003";
        Journeys frontDoor = Journeys.of(feed, child, "CON-600005");
        frontDoor.contactReceived(LocalDateTime.of(2026, 1, 5, 9, 0), date(1, 6), "Ola", "Fry");
        frontDoor.contactDecided("STRATEGY_DISCUSSION", date(1, 5), date(1, 6));
        frontDoor.referralReceived("REF-600005", date(1, 5), ASSESSMENT_DUE);
        ChildProtectionJourney cp = ChildProtectionJourney.of(feed, child, "CON-600005", "REF-600005");
        cp.strategyDiscussion(date(1, 7), date(1, 6), "SECTION_47");
        cp.section47Completed(date(1, 7), date(1, 16), date(1, 28), "INITIAL_CONFERENCE");
        cp.initialConference(date(1, 7), date(1, 30), date(1, 28), "CHILD_PROTECTION_PLAN");
        cp.planStarted(plan, date(1, 30), date(2, 13), date(2, 13), date(4, 30));
        cp.visit(plan, date(2, 10), date(2, 13), false, false);
        cp.workDue(VISIT_DUE, plan, date(2, 10), date(2, 24));
        cp.coreGroup(plan, date(2, 16), date(2, 13));
        cp.workDue(CORE_GROUP_DUE, plan, date(2, 16), date(3, 16));
        cp.planEscalation("OverdueCpVisitReviewed", plan, date(2, 25), date(2, 24), "REVIEWED", "T10", "north.manager",
                "Visit booked for tomorrow.");
        cp.review(plan, date(4, 27), date(4, 30), "END_PLAN", "NO_FURTHER_ACTION");
        consumer.catchUp();
        Map<String, Object> summaryBefore = summary(child);
        Map<String, Object> historyBefore = history("north.worker", child).getBody();
        List<Map<String, Object>> chronologyBefore = chronology(child);
        Map<String, Long> rowsBefore = rowCounts();

        consumer.replayFromTheStart();
        consumer.catchUp();
        consumer.replayFromTheStart();
        consumer.catchUp();

        assertThat(rowCounts()).as("counted before reading again: each read is audited").isEqualTo(rowsBefore);
        assertThat(summary(child)).isEqualTo(summaryBefore);
        assertThat(history("north.worker", child).getBody()).isEqualTo(historyBefore);
        assertThat(chronology(child)).isEqualTo(chronologyBefore).hasSize(13);
        Map<String, String> said = firstSummaryByKind(chronologyBefore);
        assertThat(said.get("StrategyDiscussionHeld")).endsWith("Held after its due date, 2026-01-06 (local timescale T2: 1 working day).");
        assertThat(said.get("IcpcHeld")).endsWith("Held after its due date, 2026-01-28 (timescale T4: 15 working days of the"
                + " strategy discussion on 2026-01-07).");
        assertThat(said.get("CpVisitMade")).isEqualTo("Child protection visit for plan CPP-600003 by north.worker: the child was"
                + " not seen. A visit without seeing the child does not meet the visit due 2026-02-13.");
        assertThat(said.get("OverdueCpVisitReviewed")).isEqualTo("A manager reviewed the escalation for child protection plan"
                + " CPP-600003 under local timescale T10 (10 working days, due 2026-02-24): Visit booked for tomorrow.");
        assertThat(said.get("ReviewConferenceHeld")).endsWith("The plan ended on 2026-04-27. Referral REF-600005's child in need"
                + " episode stays open while its assessment continues.");
    }

    @Test
    void workOnAPlanTheRecordDoesNotHoldIsSetAsideNotLost() {
        consumer.catchUp();
        ChildProtectionJourney cp = ChildProtectionJourney.of(feed, "C6000004", "CON-600006", "REF-600006");
        JourneyEvent visit = cp.visit("CPP-NOSUCH", date(2, 4), date(2, 9), true, true);
        JourneyEvent due = cp.workDue(VISIT_DUE, "CPP-NOSUCH", date(2, 4), date(2, 18));
        JourneyEvent discussion = cp.strategyDiscussion(date(1, 6), date(1, 6), "SECTION_47");
        consumer.catchUp();

        for (JourneyEvent event : List.of(visit, due, discussion)) {
            assertThat(count("feed_quarantine where event_id = '" + event.eventId() + "'")).as(event.type()).isEqualTo(1);
            assertThat(count("chronology_entry where event_id = '" + event.eventId() + "'")).as(event.type()).isZero();
        }
    }

    @Test
    void theHistoryIsOpenedAndAuditedAsEveryChildReadIs() {
        Journeys frontDoor = Journeys.of(feed, "C6000005", "CON-600007");
        frontDoor.contactReceived(LocalDateTime.of(2026, 1, 5, 9, 0), date(1, 6), "Pip", "Lowe");
        consumer.catchUp();

        ResponseEntity<Map<String, Object>> read = history("north.worker", "C6000005");
        assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(read.getBody()).containsEntry("strategyDiscussions", List.of()).containsEntry("plans", List.of());
        assertThat(jdbc.sql("select count(*) from audit_entry where la_child_id = 'C6000005' and actor = 'north.worker'"
                + " and action = 'READ_CHILD_PROTECTION'").query(Long.class).single()).isEqualTo(1);

        assertThat(history("performance", "C6000005").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(TestIdentity.withToken(http, identity.serviceToken("kpi-service"))
                .getForEntity("/api/casework/children/C6000005/child-protection", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<Map<String, Object>> missing = history("north.worker", "C6999999");
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(missing.getBody()).containsEntry("type", "https://caseflow.example/problems/child-not-found");
    }

    private static LocalDate date(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    private Map<String, Object> summary(String laChildId) {
        return identity.as(http, "north.worker").getForObject("/api/casework/children/" + laChildId, Map.class);
    }

    private Map<String, Object> childProtection(String laChildId) {
        return (Map<String, Object>) summary(laChildId).get("childProtection");
    }

    private Map<String, Object> currentPlan(String laChildId) {
        return (Map<String, Object>) childProtection(laChildId).get("currentPlan");
    }

    private List<Map<String, Object>> openEpisodes(String laChildId) {
        return (List<Map<String, Object>>) summary(laChildId).get("openEpisodes");
    }

    private String stageOf(String laChildId, String episodeId) {
        return openEpisodes(laChildId).stream().filter(episode -> episode.get("episodeId").equals(episodeId))
                .map(episode -> (String) episode.get("stage")).findFirst().orElse("(not open)");
    }

    private List<Map<String, Object>> chronology(String laChildId) {
        return identity.as(http, "north.worker").exchange("/api/casework/children/" + laChildId + "/chronology",
                HttpMethod.GET, null, new ParameterizedTypeReference<List<Map<String, Object>>>() { }).getBody();
    }

    private ResponseEntity<Map<String, Object>> history(String user, String laChildId) {
        return identity.as(http, user).exchange("/api/casework/children/" + laChildId + "/child-protection",
                HttpMethod.GET, null, new ParameterizedTypeReference<Map<String, Object>>() { });
    }

    /** Each kind's first entry. */
    private static Map<String, String> firstSummaryByKind(List<Map<String, Object>> chronology) {
        return chronology.stream().collect(Collectors.toMap(entry -> (String) entry.get("kind"),
                entry -> (String) entry.get("summary"), (first, later) -> first));
    }

    private long count(String fromWhere) {
        return jdbc.sql("select count(*) from " + fromWhere).query(Long.class).single();
    }

    private Map<String, Long> rowCounts() {
        return List.of("child", "contact", "episode", "assessment", "allocation", "strategy_discussion", "section_47_enquiry",
                "initial_conference", "cp_plan", "core_group", "cp_visit", "review_conference", "episode_closing",
                "chronology_entry", "audit_entry", "feed_quarantine").stream()
                .collect(Collectors.toMap(table -> table, this::count));
    }
}
