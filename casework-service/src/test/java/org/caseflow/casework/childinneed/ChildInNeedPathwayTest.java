package org.caseflow.casework.childinneed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.journey.events.childinneed.CinPlanWorkDue.REVIEW_DUE;
import static org.caseflow.journey.events.childinneed.CinPlanWorkDue.VISIT_DUE;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.caseflow.casework.CaseworkIntegrationTest;
import org.caseflow.casework.ChildInNeedJourney;
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
 * A child's pathway through a child in need plan, a step down to Early Help, two requests to step
 * up (the first refused) and a new referral, as the journey event feed builds it, read back through
 * the API: the summary after each step, the chronology's words, the Early Help record, the count of
 * open cases on each day, replays, and events for plans and episodes the record does not hold.
 */
@CaseworkIntegrationTest
class ChildInNeedPathwayTest {

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

    /** The ids of one child's pathway. */
    private record Pathway(String child, String contact, String referral, String cinPlan, String earlyHelp, String firstStepUp,
            String secondStepUp, String secondReferral) {

        /** {@code numbered("801")}: child C8010001, contact CON-8010011, plan CIN-8010011, episode EH-8010011, ... */
        static Pathway numbered(String n) {
            return new Pathway("C" + n + "0001", "CON-" + n + "0011", "REF-" + n + "0011", "CIN-" + n + "0011",
                    "EH-" + n + "0011", "CON-" + n + "0012", "CON-" + n + "0013", "REF-" + n + "0013");
        }
    }

    @Test
    void aChildsPathwayFromAChildInNeedPlanThroughEarlyHelpAndBackToSocialCare() {
        Pathway p = Pathway.numbered("801");
        Journeys frontDoor = referredAndAssessed(p);
        consumer.catchUp();
        assertThat(stageOf(p.child(), p.referral())).as("assessed, no plan yet").isEqualTo("CHILD_IN_NEED");
        assertThat(summary(p.child())).containsEntry("currentLevel", "CHILD_IN_NEED");
        assertThat(childInNeed(p.child())).containsEntry("onPlan", false).containsEntry("currentPlan", null)
                .containsEntry("plansEnded", 0);

        ChildInNeedJourney cin = ChildInNeedJourney.of(feed, p.child(), p.contact(), p.referral());
        cin.planStarted(p.cinPlan(), date(2, 20), "ASSESSMENT", date(3, 20), date(5, 20));
        consumer.catchUp();
        assertThat(stageOf(p.child(), p.referral())).isEqualTo("CHILD_IN_NEED");
        assertThat(childInNeed(p.child())).containsEntry("onPlan", true);
        assertThat(currentCinPlan(p.child())).containsEntry("cinPlanId", p.cinPlan()).containsEntry("referralId", p.referral())
                .containsEntry("since", "2026-02-20").containsEntry("origin", "ASSESSMENT").containsEntry("team", "team-north")
                .containsEntry("leadWorker", "north.worker").containsEntry("lastVisit", null)
                .containsEntry("nextVisitDueOn", "2026-03-20").containsEntry("lastReviewOn", null)
                .containsEntry("nextReviewDueOn", "2026-05-20");

        planVisitedAndReviewed(p, cin);
        consumer.catchUp();
        assertThat(currentCinPlan(p.child()))
                .containsEntry("lastVisit", Map.of("visitedOn", "2026-04-09", "childSeen", true, "childSeenAlone", false))
                .containsEntry("nextVisitDueOn", "2026-05-08").containsEntry("lastReviewOn", "2026-05-14")
                .containsEntry("nextReviewDueOn", "2026-08-14");
        assertThat((Map<String, Object>) summary(p.child()).get("childProtection")).as("a child in need plan is not a child"
                + " protection plan").containsEntry("onPlan", false);

        cin.review(p.cinPlan(), date(7, 20), date(8, 14), "END_PLAN", "STEP_DOWN_TO_EARLY_HELP");
        consumer.catchUp();
        assertThat(childInNeed(p.child())).containsEntry("onPlan", false).containsEntry("plansEnded", 1)
                .containsEntry("lastPlanEndedOn", "2026-07-20");
        assertThat(summary(p.child())).as("stepped down: the referral is closed, and Early Help has not started yet")
                .containsEntry("openEpisodes", List.of()).containsEntry("currentLevel", "NONE");

        EarlyHelpJourney earlyHelp = EarlyHelpJourney.of(feed, p.child(), p.contact(), p.earlyHelp());
        earlyHelp.steppedDown("CIN_PLAN_STEP_DOWN", p.cinPlan(), date(7, 20), date(7, 27));
        consumer.catchUp();
        assertThat(summary(p.child())).containsEntry("status", "OPEN_EARLY_HELP").containsEntry("currentLevel", "EARLY_HELP");
        assertThat(openEpisodes(p.child())).singleElement().satisfies(episode -> assertThat(episode)
                .containsEntry("episodeId", p.earlyHelp()).containsEntry("kind", "EARLY_HELP").containsEntry("startedOn", "2026-07-20")
                .containsEntry("team", "early-help").containsEntry("stage", "EARLY_HELP"));

        earlyHelpWorkAndAFirstStepUp(p, earlyHelp);
        consumer.catchUp();
        assertThat((List<Map<String, Object>>) earlyHelpRecord(p.child()).get("episodes")).singleElement()
                .satisfies(episode -> assertThat(episode).as("asked, not yet decided").containsEntry("awaitingStepUpDecision", true));

        stepUpRefusedThenAccepted(p, earlyHelp);
        consumer.catchUp();

        Map<String, Object> summary = summary(p.child());
        assertThat(summary).as("the accepted step-up is a new referral episode; Early Help closed as stepped up")
                .containsEntry("status", "OPEN_CHILD_IN_NEED").containsEntry("currentLevel", "CHILD_IN_NEED");
        assertThat(openEpisodes(p.child())).extracting(episode -> episode.get("episodeId") + " " + episode.get("kind") + " "
                + episode.get("stage")).containsExactly(p.secondReferral() + " CHILD_IN_NEED ASSESSMENT");
        assertThat((Map<String, Object>) summary.get("allocatedWorker")).containsEntry("episodeId", p.secondReferral());
        assertThat(jdbc.sql("select count(*) from contact where la_child_id = :child and source = 'EARLY_HELP'")
                .param("child", p.child()).query(Long.class).single()).as("each step-up is a contact").isEqualTo(2);
        assertThat(summary).as("a step-up contact does not rename the child").containsEntry("givenName", "Lily");

        List<Map<String, Object>> chronology = chronology(p.child());
        assertThat(chronology).extracting(entry -> entry.get("kind")).containsExactly("ContactReceived", "ContactDecided",
                "ReferralReceived", "SocialWorkerAllocated", "AssessmentCompleted", "CinPlanStarted", "CinVisitMade", "CinVisitDue",
                "CinVisitOverdue", "CinVisitMade", "CinVisitDue", "CinReviewHeld", "CinReviewDue", "CinReviewHeld",
                "EarlyHelpEpisodeStarted", "EarlyHelpTransferAccepted", "RecordedInTime", "TransferAcceptanceOverdue",
                "EarlyHelpAssessmentCompleted", "EarlyHelpReviewDue", "EarlyHelpReviewHeld", "EarlyHelpReviewDue", "ContactReceived",
                "ContactDecided", "StepUpDecided", "EarlyHelpReviewHeld", "ContactReceived", "ContactDecided", "ReferralReceived",
                "StepUpDecided", "SocialWorkerAllocated", "EarlyHelpEpisodeClosed");
        List<String> said = chronology.stream().map(entry -> (String) entry.get("summary")).toList();
        assertThat(said.get(5)).isEqualTo("Child in need plan CIN-8010011 started for referral REF-8010011 after a child and"
                + " family assessment, lead social worker north.worker (team-north). Due: first visit by 2026-03-20, first review by"
                + " 2026-05-20.");
        assertThat(said.get(6)).isEqualTo("Child in need visit for plan CIN-8010011 by north.worker: the child was seen alone."
                + " Made on or before its due date, 2026-03-20.");
        assertThat(said.get(7)).isEqualTo("Next child in need visit for child in need plan CIN-8010011 due by 2026-04-08, counted"
                + " from 2026-03-10.");
        assertThat(said.get(8)).isEqualTo("Nothing had been recorded for child in need plan CIN-8010011 by the end of its due day,"
                + " 2026-04-08, under local timescale T11 (20 working days): see a child on a child in need plan within the local"
                + " interval of the last visit. Escalated to the team-north managers.");
        assertThat(said.get(9)).isEqualTo("Child in need visit for plan CIN-8010011 by north.worker: the child was seen, not"
                + " alone. Made after its due date, 2026-04-08.");
        assertThat(said.get(11)).isEqualTo("Child in need review for plan CIN-8010011: the plan continues. Held on or before its"
                + " due date, 2026-05-20.");
        assertThat(said.get(12)).isEqualTo("Next child in need review for child in need plan CIN-8010011 due by 2026-08-14,"
                + " counted from 2026-05-14.");
        assertThat(said.get(13)).isEqualTo("Child in need review for plan CIN-8010011: the plan ends (stepped down to Early Help)."
                + " Held on or before its due date, 2026-08-14. The plan ended on 2026-07-20. Stepped down from child in need plan"
                + " CIN-8010011 to Early Help. Referral REF-8010011's child in need episode was closed.");
        assertThat(said.get(14)).isEqualTo("Stepped down from child in need plan CIN-8010011 to Early Help (EH-8010011). The"
                + " transfer is due to be accepted by 2026-07-27.");
        assertThat(said.get(15)).isEqualTo("Early Help accepted the transfer of EH-8010011, lead practitioner eh.worker. Accepted"
                + " on or before its due date, 2026-07-27.");
        assertThat(said.get(16)).isEqualTo("The work for Early Help episode EH-8010011 was recorded as done on 2026-07-23, within"
                + " local timescale T26 (5 working days): accept a child stepped down from social care within the local interval"
                + " of the step-down (due 2026-07-27). The escalation was closed.");
        assertThat(said.get(17)).isEqualTo("Nothing had been recorded for Early Help episode EH-8010011 by the end of its due day,"
                + " 2026-07-27, under local timescale T26 (5 working days): accept a child stepped down from social care within"
                + " the local interval of the step-down. Escalated to the early-help managers.");
        assertThat(said.get(18)).isEqualTo("Early Help assessment for EH-8010011 completed, on or before its due date, 2026-09-03.");
        assertThat(said.get(19)).isEqualTo("Next team-around-the-family review for Early Help episode EH-8010011 due by"
                + " 2026-10-09, counted from 2026-08-28.");
        assertThat(said.get(20)).isEqualTo("Team-around-the-family review for Early Help episode EH-8010011: Early Help asked"
                + " children's social care to step up: Neglect concerns are growing despite support. Held on or before its due"
                + " date, 2026-10-09.");
        assertThat(said.get(22)).isEqualTo("Contact CON-8010012 received from Early Help, asking children's social care to step"
                + " up from Early Help episode EH-8010011: Early Help asks for a child and family assessment. Decision due"
                + " 2026-10-07.");
        assertThat(said.get(24)).isEqualTo("Front door did not accept the step-up from EH-8010011 (contact CON-8010012); Early"
                + " Help goes on.");
        assertThat(said.get(29)).isEqualTo("Front door accepted the step-up from EH-8010011 (contact CON-8010013): the child is"
                + " referred to children's social care.");
        assertThat(said.get(31)).isEqualTo("Early Help episode EH-8010011 closed: stepped up to children's social care.");

        Map<String, Object> record = earlyHelpRecord(p.child());
        assertThat(record).containsEntry("laChildId", p.child()).containsEntry("givenName", "Lily").containsEntry("familyName", "Moss")
                .containsEntry("dateOfBirth", "2016-04-02");
        assertThat((List<Map<String, Object>>) record.get("episodes")).singleElement().satisfies(episode -> {
            assertThat(episode).containsEntry("ehEpisodeId", p.earlyHelp()).containsEntry("open", false)
                    .containsEntry("startedOn", "2026-07-20").containsEntry("origin", "CIN_PLAN_STEP_DOWN")
                    .containsEntry("steppedDownFrom", p.cinPlan()).containsEntry("team", "early-help")
                    .containsEntry("leadPractitioner", "eh.worker").containsEntry("transferDueOn", "2026-07-27")
                    .containsEntry("transferAcceptedOn", "2026-07-23").containsEntry("assessmentDueOn", "2026-09-03")
                    .containsEntry("assessmentCompletedOn", "2026-08-28").containsEntry("nextReviewDueOn", "2026-11-16")
                    .containsEntry("awaitingStepUpDecision", false).containsEntry("closedOn", "2026-11-13")
                    .containsEntry("closure", "STEPPED_UP");
            assertThat((List<Map<String, Object>>) episode.get("steps"))
                    .extracting(step -> step.get("occurredOn") + " " + step.get("step") + " " + step.get("outcome") + " " + step.get("inTime"))
                    .containsExactly("2026-07-20 STARTED CIN_PLAN_STEP_DOWN null", "2026-07-23 TRANSFER_ACCEPTED null true",
                            "2026-08-28 ASSESSMENT_COMPLETED null true", "2026-10-05 REVIEW_HELD STEP_UP true",
                            "2026-10-07 STEP_UP_DECIDED NOT_ACCEPTED null", "2026-11-10 REVIEW_HELD STEP_UP true",
                            "2026-11-12 STEP_UP_DECIDED ACCEPTED null", "2026-11-13 CLOSED STEPPED_UP null");
        });
        assertThat((List<Map<String, Object>>) record.get("chronology")).as("Early Help's own entries, and nothing of social care's")
                .extracting(entry -> entry.get("kind")).containsExactly("EarlyHelpEpisodeStarted", "EarlyHelpTransferAccepted",
                        "RecordedInTime", "TransferAcceptanceOverdue", "EarlyHelpAssessmentCompleted", "EarlyHelpReviewDue",
                        "EarlyHelpReviewHeld", "EarlyHelpReviewDue", "StepUpDecided", "EarlyHelpReviewHeld", "StepUpDecided",
                        "EarlyHelpEpisodeClosed");
        assertThat((List<Map<String, Object>>) record.get("chronology")).extracting(entry -> entry.get("summary"))
                .containsSubsequence(said.get(14), said.get(20), said.get(24), said.get(29), said.get(31));
    }

    @Test
    void aChildProtectionPlanSteppedDownToAChildInNeedPlanSaysFromWhichPlanAndTheEpisodeGoesOn() {
        String child = "C8020001";
        childOnAPlanSteppedDownToChildInNeed(child, "CON-8020001", "REF-8020001", "CPP-8020001", "CIN-8020001");
        consumer.catchUp();

        assertThat(stageOf(child, "REF-8020001")).isEqualTo("CHILD_IN_NEED");
        assertThat(summary(child)).containsEntry("currentLevel", "CHILD_IN_NEED");
        assertThat(currentCinPlan(child)).containsEntry("origin", "CP_PLAN_STEP_DOWN").containsEntry("since", "2026-06-29");
        assertThat(chronology(child).get(chronology(child).size() - 1).get("summary")).isEqualTo("Stepped down from child"
                + " protection plan CPP-8020001 to child in need plan CIN-8020001 (referral REF-8020001), lead social worker"
                + " north.worker (team-north). Due: first visit by 2026-07-27, first review by 2026-09-29.");

        // stepped up again: the referral stays open for the strategy discussion that follows
        ChildInNeedJourney cin = ChildInNeedJourney.of(feed, child, "CON-8020001", "REF-8020001");
        cin.review("CIN-8020001", date(8, 3), date(9, 29), "END_PLAN", "STEP_UP_TO_CHILD_PROTECTION");
        consumer.catchUp();
        assertThat(stageOf(child, "REF-8020001")).as("a strategy discussion follows").isEqualTo("STRATEGY_DISCUSSION");
        assertThat(summary(child)).containsEntry("currentLevel", "CHILD_IN_NEED");
        assertThat((String) chronology(child).get(chronology(child).size() - 1).get("summary")).endsWith("The plan ended on"
                + " 2026-08-03. Stepped up from child in need plan CIN-8020001 to child protection: a strategy discussion follows"
                + " in referral REF-8020001, whose child in need episode stays open.");

        ChildProtectionJourney.of(feed, child, "CON-8020001", "REF-8020001").strategyDiscussion(date(8, 4), date(8, 4), "SECTION_47");
        consumer.catchUp();
        assertThat(stageOf(child, "REF-8020001")).isEqualTo("SECTION_47");
    }

    /** Each child once, at their highest level that day, by business dates; counted as differences, as other tests' children are open too. */
    @Test
    void openCasesAreCountedOnEachDateOncePerChildAtTheirHighestLevel() {
        List<LocalDate> dates = List.of(date(1, 4), date(1, 5), date(1, 26), date(3, 1), date(6, 29), date(7, 20), date(11, 12),
                date(11, 13));
        consumer.catchUp();
        Map<LocalDate, Map<String, Object>> before = dates.stream().collect(Collectors.toMap(day -> day, this::openCases));

        Pathway stepsDownAndUp = Pathway.numbered("803");
        publishTheWholePathway(stepsDownAndUp);
        childOnAPlanSteppedDownToChildInNeed("C8030002", "CON-8030002", "REF-8030002", "CPP-8030002", "CIN-8030002");
        Journeys earlyHelpOnly = Journeys.of(feed, "C8030003", "CON-8030003");
        earlyHelpOnly.contactReceived(LocalDateTime.of(2026, 2, 2, 9, 0), date(2, 3), "Ada", "Cole");
        earlyHelpOnly.contactDecided("EARLY_HELP", date(2, 2), date(2, 3));
        EarlyHelpJourney.of(feed, "C8030003", "CON-8030003", "EH-8030003").startedAtTheFrontDoor(date(2, 2), date(3, 16));
        consumer.catchUp();

        Map<LocalDate, String> added = dates.stream().collect(Collectors.toMap(day -> day, day -> difference(before.get(day), openCases(day))));
        assertThat(added.get(date(1, 4))).isEqualTo("earlyHelp 0, childInNeed 0, childProtectionPlan 0, total 0");
        assertThat(added.get(date(1, 5))).as("two referrals").isEqualTo("earlyHelp 0, childInNeed 2, childProtectionPlan 0, total 2");
        assertThat(added.get(date(1, 26))).as("a plan from the conference's day; its child counted there only")
                .isEqualTo("earlyHelp 0, childInNeed 1, childProtectionPlan 1, total 2");
        assertThat(added.get(date(3, 1))).isEqualTo("earlyHelp 1, childInNeed 1, childProtectionPlan 1, total 3");
        assertThat(added.get(date(6, 29))).as("the plan ended that day, stepping down to child in need")
                .isEqualTo("earlyHelp 1, childInNeed 2, childProtectionPlan 0, total 3");
        assertThat(added.get(date(7, 20))).as("stepped down to Early Help that day")
                .isEqualTo("earlyHelp 2, childInNeed 1, childProtectionPlan 0, total 3");
        assertThat(added.get(date(11, 12))).as("a new referral while Early Help is still open: counted once, at child in need")
                .isEqualTo("earlyHelp 1, childInNeed 2, childProtectionPlan 0, total 3");
        assertThat(added.get(date(11, 13))).isEqualTo("earlyHelp 1, childInNeed 2, childProtectionPlan 0, total 3");
        assertThat(openCases(date(3, 1))).containsEntry("date", "2026-03-01");
    }

    @Test
    void replayingTheFeedTwiceChangesNothing() {
        Pathway p = Pathway.numbered("804");
        publishTheWholePathway(p);
        childOnAPlanSteppedDownToChildInNeed("C8040002", "CON-8040002", "REF-8040002", "CPP-8040002", "CIN-8040002");
        consumer.catchUp();
        Map<String, Object> summaryBefore = summary(p.child());
        Map<String, Object> steppedDownBefore = summary("C8040002");
        Map<String, Object> earlyHelpBefore = earlyHelpRecord(p.child());
        List<Map<String, Object>> chronologyBefore = chronology(p.child());
        Map<String, Object> countsBefore = openCases(date(11, 12));
        Map<String, Long> rowsBefore = rowCounts();

        consumer.replayFromTheStart();
        consumer.catchUp();
        consumer.replayFromTheStart();
        consumer.catchUp();

        assertThat(rowCounts()).as("counted before reading again: each read is audited").isEqualTo(rowsBefore);
        assertThat(summary(p.child())).isEqualTo(summaryBefore);
        assertThat(summary("C8040002")).isEqualTo(steppedDownBefore);
        assertThat(earlyHelpRecord(p.child())).isEqualTo(earlyHelpBefore);
        assertThat(chronology(p.child())).isEqualTo(chronologyBefore).hasSize(32);
        assertThat(openCases(date(11, 12))).isEqualTo(countsBefore);
    }

    @Test
    void workOnAPlanOrEpisodeTheRecordDoesNotHoldIsSetAsideNotLost() {
        consumer.catchUp();
        ChildInNeedJourney cin = ChildInNeedJourney.of(feed, "C8050001", "CON-8050001", "REF-NOSUCH");
        EarlyHelpJourney earlyHelp = EarlyHelpJourney.of(feed, "C8050001", "CON-8050001", "EH-NOSUCH");
        List<JourneyEvent> events = List.of(
                cin.planStarted("CIN-8050001", date(2, 20), "ASSESSMENT", date(3, 20), date(5, 20)),
                cin.visit("CIN-NOSUCH", date(3, 10), date(3, 20), true, true),
                cin.workDue(VISIT_DUE, "CIN-NOSUCH", date(3, 10), date(4, 8)),
                cin.review("CIN-NOSUCH", date(5, 14), date(5, 20), "END_PLAN", "NO_FURTHER_ACTION"),
                earlyHelp.transferAccepted(date(7, 23), date(7, 27), "eh.worker"),
                earlyHelp.assessmentCompleted(date(8, 28), date(9, 3)),
                earlyHelp.reviewDue(date(8, 28), date(10, 9)),
                earlyHelp.review(date(10, 5), date(10, 9), "STEP_UP", null, "Concerns."),
                earlyHelp.stepUpDecided("CON-8050002", date(10, 7), false),
                earlyHelp.closed(date(11, 13), "NEEDS_MET"));
        consumer.catchUp();

        for (JourneyEvent event : events) {
            assertThat(count("feed_quarantine where event_id = '" + event.eventId() + "'")).as(event.type()).isEqualTo(1);
            assertThat(count("chronology_entry where event_id = '" + event.eventId() + "'")).as(event.type()).isZero();
        }
    }

    /** The escalations of the new journeys' local timescales, worded from the rule and naming the plan or episode. */
    @Test
    void escalationsOfChildInNeedAndEarlyHelpWorkNameThePlanOrEpisodeAndTheLocalRule() {
        String child = "C8060001";
        ChildInNeedJourney cin = ChildInNeedJourney.of(feed, child, "CON-8060001", "REF-8060001");
        EarlyHelpJourney earlyHelp = EarlyHelpJourney.of(feed, child, "CON-8060002", "EH-8060001");
        List<JourneyEvent> events = List.of(
                cin.planEscalation("OverdueCinVisitReviewed", "CIN-8060001", date(3, 2), date(2, 27), "REVIEWED", "T11",
                        "north.manager", "Visit booked for Monday."),
                cin.planEscalation("CinReviewOverdue", "CIN-8060001", date(5, 20), date(5, 20), "BREACHED", "T23", null, null),
                cin.planEscalation("OverdueCinReviewReviewed", "CIN-8060001", date(5, 22), date(5, 20), "REVIEWED", "T23",
                        "north.manager", "Review set for next week."),
                cin.planEscalation("RecordedInTime", "CIN-8060001", date(5, 19), date(5, 20), "RECORDED_IN_TIME", "T23",
                        "north.worker", null),
                earlyHelp.escalation("EarlyHelpAssessmentOverdue", date(3, 16), date(3, 16), "BREACHED", "T24", null, null),
                earlyHelp.escalation("OverdueEarlyHelpAssessmentReviewed", date(3, 18), date(3, 16), "REVIEWED", "T24",
                        "eh.manager", "Assessment to be finished this week."),
                earlyHelp.escalation("EarlyHelpReviewOverdue", date(4, 27), date(4, 27), "BREACHED", "T25", null, null),
                earlyHelp.escalation("OverdueEarlyHelpReviewReviewed", date(4, 29), date(4, 27), "REVIEWED", "T25",
                        "eh.manager", "Family review on Friday."),
                earlyHelp.escalation("OverdueTransferAcceptanceReviewed", date(1, 14), date(1, 13), "REVIEWED", "T26",
                        "eh.manager", "Allocated to a practitioner today."));
        consumer.catchUp();

        for (JourneyEvent event : events) {
            assertThat(count("feed_quarantine where event_id = '" + event.eventId() + "'")).as(event.type()).isZero();
        }
        Map<String, String> said = chronology(child).stream().collect(Collectors.toMap(entry -> (String) entry.get("kind"),
                entry -> (String) entry.get("summary")));
        assertThat(said.get("OverdueCinVisitReviewed")).isEqualTo("A manager reviewed the escalation for child in need plan"
                + " CIN-8060001 under local timescale T11 (20 working days, due 2026-02-27): Visit booked for Monday.");
        assertThat(said.get("CinReviewOverdue")).isEqualTo("Nothing had been recorded for child in need plan CIN-8060001 by the"
                + " end of its due day, 2026-05-20, under local timescale T23 (3 months): review a child in need plan within the"
                + " local interval of its start or the last review. Escalated to the team-north managers.");
        assertThat(said.get("OverdueCinReviewReviewed")).isEqualTo("A manager reviewed the escalation for child in need plan"
                + " CIN-8060001 under local timescale T23 (3 months, due 2026-05-20): Review set for next week.");
        assertThat(said.get("RecordedInTime")).isEqualTo("The work for child in need plan CIN-8060001 was recorded as done on"
                + " 2026-05-19, within local timescale T23 (3 months): review a child in need plan within the local interval of"
                + " its start or the last review (due 2026-05-20). The escalation was closed.");
        assertThat(said.get("EarlyHelpAssessmentOverdue")).isEqualTo("Nothing had been recorded for Early Help episode"
                + " EH-8060001 by the end of its due day, 2026-03-16, under local timescale T24 (30 working days): complete an"
                + " Early Help assessment within the local interval of the episode's start. Escalated to the early-help managers.");
        assertThat(said.get("OverdueEarlyHelpAssessmentReviewed")).isEqualTo("A manager reviewed the escalation for Early Help"
                + " episode EH-8060001 under local timescale T24 (30 working days, due 2026-03-16): Assessment to be finished this"
                + " week.");
        assertThat(said.get("EarlyHelpReviewOverdue")).isEqualTo("Nothing had been recorded for Early Help episode EH-8060001 by"
                + " the end of its due day, 2026-04-27, under local timescale T25 (6 weeks): review a team-around-the-family plan"
                + " within the local interval of the assessment or the last review. Escalated to the early-help managers.");
        assertThat(said.get("OverdueEarlyHelpReviewReviewed")).isEqualTo("A manager reviewed the escalation for Early Help"
                + " episode EH-8060001 under local timescale T25 (6 weeks, due 2026-04-27): Family review on Friday.");
        assertThat(said.get("OverdueTransferAcceptanceReviewed")).isEqualTo("A manager reviewed the escalation for Early Help"
                + " episode EH-8060001 under local timescale T26 (5 working days, due 2026-01-13): Allocated to a practitioner"
                + " today.");
    }

    /** Referred on 5 January 2026, allocated, assessed by 20 February: a child in need plan. */
    private Journeys referredAndAssessed(Pathway p) {
        Journeys frontDoor = Journeys.of(feed, p.child(), p.contact());
        frontDoor.contactReceived(LocalDateTime.of(2026, 1, 5, 9, 0), date(1, 6), "Lily", "Moss");
        frontDoor.contactDecided("REFERRAL", date(1, 5), date(1, 6));
        frontDoor.referralReceived(p.referral(), date(1, 5), date(3, 9));
        frontDoor.allocated("north.worker", date(1, 6), date(3, 9));
        frontDoor.assessmentCompleted(date(1, 5), date(2, 20), "CHILD_IN_NEED_PLAN", date(3, 9));
        return frontDoor;
    }

    /** Two visits (the second late, after its escalation) and a review that continues the plan. */
    private void planVisitedAndReviewed(Pathway p, ChildInNeedJourney cin) {
        cin.visit(p.cinPlan(), date(3, 10), date(3, 20), true, true);
        cin.workDue(VISIT_DUE, p.cinPlan(), date(3, 10), date(4, 8));
        cin.planEscalation("CinVisitOverdue", p.cinPlan(), date(4, 8), date(4, 8), "BREACHED", "T11", null, null);
        cin.visit(p.cinPlan(), date(4, 9), date(4, 8), true, false);
        cin.workDue(VISIT_DUE, p.cinPlan(), date(4, 9), date(5, 8));
        cin.review(p.cinPlan(), date(5, 14), date(5, 20), "CONTINUE_PLAN", null);
        cin.workDue(REVIEW_DUE, p.cinPlan(), date(5, 14), date(8, 14));
    }

    /**
     * The transfer accepted late in the record but dated in time (its escalation then closed), the
     * assessment, and a review asking social care to step up, which reaches the front door as a contact.
     */
    private void earlyHelpWorkAndAFirstStepUp(Pathway p, EarlyHelpJourney earlyHelp) {
        earlyHelp.escalation("TransferAcceptanceOverdue", date(7, 27), date(7, 27), "BREACHED", "T26", null, null);
        earlyHelp.transferAccepted(date(7, 23), date(7, 27), "eh.worker");
        earlyHelp.escalation("RecordedInTime", date(7, 23), date(7, 27), "RECORDED_IN_TIME", "T26", "eh.manager", null);
        earlyHelp.assessmentCompleted(date(8, 28), date(9, 3));
        earlyHelp.reviewDue(date(8, 28), date(10, 9));
        earlyHelp.review(date(10, 5), date(10, 9), "STEP_UP", null, "Neglect concerns are growing despite support.");
        earlyHelp.stepUpContact(p.firstStepUp(), LocalDateTime.of(2026, 10, 6, 10, 0), date(10, 7),
                "Early Help asks for a child and family assessment.");
    }

    /** The front door gives the first step-up information and advice; the second becomes a referral, and Early Help closes. */
    private void stepUpRefusedThenAccepted(Pathway p, EarlyHelpJourney earlyHelp) {
        Journeys.of(feed, p.child(), p.firstStepUp()).contactDecided("INFORMATION_AND_ADVICE", date(10, 7), date(10, 7));
        earlyHelp.stepUpDecided(p.firstStepUp(), date(10, 7), false);
        earlyHelp.reviewDue(date(10, 5), date(11, 16));
        earlyHelp.review(date(11, 10), date(11, 16), "STEP_UP", null, "The child disclosed being left alone overnight.");
        earlyHelp.stepUpContact(p.secondStepUp(), LocalDateTime.of(2026, 11, 11, 9, 30), date(11, 12),
                "The child disclosed being left alone overnight.");
        Journeys stepUp = Journeys.of(feed, p.child(), p.secondStepUp());
        stepUp.contactDecided("REFERRAL", date(11, 12), date(11, 12));
        stepUp.referralReceived(p.secondReferral(), date(11, 12), LocalDate.of(2027, 1, 20));
        earlyHelp.stepUpDecided(p.secondStepUp(), date(11, 12), true);
        stepUp.allocated("north.worker", date(11, 13), LocalDate.of(2027, 1, 20));
        earlyHelp.closed(date(11, 13), "STEPPED_UP");
    }

    private void publishTheWholePathway(Pathway p) {
        referredAndAssessed(p);
        ChildInNeedJourney cin = ChildInNeedJourney.of(feed, p.child(), p.contact(), p.referral());
        cin.planStarted(p.cinPlan(), date(2, 20), "ASSESSMENT", date(3, 20), date(5, 20));
        planVisitedAndReviewed(p, cin);
        cin.review(p.cinPlan(), date(7, 20), date(8, 14), "END_PLAN", "STEP_DOWN_TO_EARLY_HELP");
        EarlyHelpJourney earlyHelp = EarlyHelpJourney.of(feed, p.child(), p.contact(), p.earlyHelp());
        earlyHelp.steppedDown("CIN_PLAN_STEP_DOWN", p.cinPlan(), date(7, 20), date(7, 27));
        earlyHelpWorkAndAFirstStepUp(p, earlyHelp);
        stepUpRefusedThenAccepted(p, earlyHelp);
    }

    /** Referred on 5 January 2026 to a strategy discussion; on a plan from 26 January to 29 June, then a child in need plan. */
    private void childOnAPlanSteppedDownToChildInNeed(String child, String contact, String referral, String cpPlan, String cinPlan) {
        Journeys frontDoor = Journeys.of(feed, child, contact);
        frontDoor.contactReceived(LocalDateTime.of(2026, 1, 5, 9, 0), date(1, 6), "Noah", "Reed");
        frontDoor.contactDecided("STRATEGY_DISCUSSION", date(1, 5), date(1, 6));
        frontDoor.referralReceived(referral, date(1, 5), date(3, 9));
        ChildProtectionJourney cp = ChildProtectionJourney.of(feed, child, contact, referral);
        cp.strategyDiscussion(date(1, 6), date(1, 6), "SECTION_47");
        cp.section47Completed(date(1, 6), date(1, 16), date(1, 27), "INITIAL_CONFERENCE");
        cp.initialConference(date(1, 6), date(1, 26), date(1, 27), "CHILD_PROTECTION_PLAN");
        cp.planStarted(cpPlan, date(1, 26), date(2, 9), date(2, 9), date(4, 26));
        frontDoor.assessmentCompleted(date(1, 5), date(3, 2), "CHILD_IN_NEED_PLAN", date(3, 9));
        cp.review(cpPlan, date(6, 29), date(7, 26), "END_PLAN", "STEP_DOWN_TO_CHILD_IN_NEED");
        ChildInNeedJourney.of(feed, child, contact, referral).planStarted(cinPlan, date(6, 29), "CP_PLAN_STEP_DOWN", date(7, 27),
                date(9, 29));
    }

    private static LocalDate date(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    private Map<String, Object> summary(String laChildId) {
        return identity.as(http, "north.worker").getForObject("/api/casework/children/" + laChildId, Map.class);
    }

    private Map<String, Object> childInNeed(String laChildId) {
        return (Map<String, Object>) summary(laChildId).get("childInNeed");
    }

    private Map<String, Object> currentCinPlan(String laChildId) {
        return (Map<String, Object>) childInNeed(laChildId).get("currentPlan");
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

    /** As an Early Help practitioner reads it. */
    private Map<String, Object> earlyHelpRecord(String laChildId) {
        ResponseEntity<Map<String, Object>> read = TestIdentity.withToken(http, identity.tokenFor("eh.worker", List.of("early-help")))
                .exchange("/api/casework/children/" + laChildId + "/early-help", HttpMethod.GET, null,
                        new ParameterizedTypeReference<Map<String, Object>>() { });
        assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
        return read.getBody();
    }

    private Map<String, Object> openCases(LocalDate date) {
        return identity.as(http, "performance").getForObject("/api/casework/open-cases?date=" + date, Map.class);
    }

    private static String difference(Map<String, Object> before, Map<String, Object> after) {
        Map<String, Long> added = new HashMap<>();
        for (String level : List.of("earlyHelp", "childInNeed", "childProtectionPlan", "total")) {
            added.put(level, ((Number) after.get(level)).longValue() - ((Number) before.get(level)).longValue());
        }
        return "earlyHelp " + added.get("earlyHelp") + ", childInNeed " + added.get("childInNeed") + ", childProtectionPlan "
                + added.get("childProtectionPlan") + ", total " + added.get("total");
    }

    private long count(String fromWhere) {
        return jdbc.sql("select count(*) from " + fromWhere).query(Long.class).single();
    }

    private Map<String, Long> rowCounts() {
        return List.of("child", "contact", "episode", "assessment", "allocation", "strategy_discussion", "section_47_enquiry",
                "initial_conference", "cp_plan", "cp_visit", "review_conference", "episode_closing", "cin_plan", "cin_visit",
                "cin_review", "early_help_episode", "early_help_step", "early_help_chronology", "chronology_entry", "audit_entry",
                "feed_quarantine").stream()
                .collect(Collectors.toMap(table -> table, this::count));
    }
}
