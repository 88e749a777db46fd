package org.caseflow.simulator;

import static org.caseflow.journey.events.assessment.AssessmentData.ALLOCATED_WORKER;
import static org.caseflow.journey.events.assessment.AssessmentData.ALLOCATION_DATE;
import static org.caseflow.journey.events.assessment.AssessmentData.ASSESSMENT_AUTHORISED_DATE;
import static org.caseflow.journey.events.assessment.AssessmentData.ASSESSMENT_DUE_ON;
import static org.caseflow.journey.events.assessment.AssessmentData.ASSESSMENT_OUTCOME;
import static org.caseflow.journey.events.assessment.AssessmentData.ASSESSMENT_START_DATE;
import static org.caseflow.journey.events.assessment.AssessmentData.ASSESSMENT_SUMMARY;
import static org.caseflow.journey.events.assessment.AssessmentData.LATE_REASON;
import static org.caseflow.journey.events.assessment.AssessmentData.REFERRAL_DATE;
import static org.caseflow.journey.events.frontdoor.FrontDoorData.ASSESSMENT_TEAM;

import java.time.LocalDate;
import org.caseflow.calendar.StatutoryTimescale;
import org.caseflow.journey.events.assessment.AssessmentCompleted;
import org.caseflow.journey.events.assessment.AssessmentOutcome;
import org.caseflow.journey.events.assessment.ReferralReceived;
import org.caseflow.journey.events.assessment.SocialWorkerAllocated;
import org.caseflow.journey.events.childinneed.CinPlanOrigin;
import org.caseflow.journey.events.earlyhelp.EarlyHelpOrigin;
import org.caseflow.journey.events.lookedafter.CareEntryRoute;

/**
 * The referral and its child and family assessment: allocated within a few working days, authorised around the 45
 * working-day limit (rule T3; the reference report: 86% in time, most of the late ones by under 5 days), then
 * concluded: no further action, a step-down to Early Help, a child in need plan, a strategy discussion, or care.
 */
final class Assessments {

    static final int LIMIT = StatutoryTimescale.ASSESSMENT.limit();
    /** Working days from the referral to the authorisation, as bands and their shares: 86% within 45. */
    private static final Mix<int[]> DURATIONS = Mix.of(new int[] {8, 25}, 22, new int[] {26, 40}, 40, new int[] {41, LIMIT}, 24,
            new int[] {LIMIT + 1, LIMIT + 5}, 9, new int[] {LIMIT + 6, 80}, 5);
    /** How assessments of a referral conclude (DfE factors and outcomes, rounded to give the report's stocks). */
    private static final Mix<AssessmentOutcome> OUTCOMES = Mix.of(AssessmentOutcome.NO_FURTHER_ACTION, 50,
            AssessmentOutcome.STEP_DOWN_TO_EARLY_HELP, 15, AssessmentOutcome.CHILD_IN_NEED_PLAN, 10,
            AssessmentOutcome.STRATEGY_DISCUSSION, 23, AssessmentOutcome.LOOKED_AFTER, 2);

    private final Council council;

    Assessments(Council council) {
        this.council = council;
    }

    /**
     * A referral opens an episode of social care on the day the front door decided, with its assessment. For an
     * immediate strategy discussion the child protection work carries the referral, and the assessment concludes with
     * no further action of its own.
     */
    Episode refer(Child child, String contactId, Workforce.Team team, boolean immediateStrategyDiscussion) {
        LocalDate today = council.today();
        Episode episode = new Episode(child, contactId, council.ids.referral(), team.id());
        episode.assessmentStarted();
        council.children.referred(child, today);
        LocalDate dueOn = council.days.plus(today, LIMIT);
        council.journal.step(ReferralReceived.TYPE, today).of(episode).due(dueOn)
                .by(team.id(), council.workforce.frontDoor().manager())
                .with(ASSESSMENT_TEAM, team.id()).with(REFERRAL_DATE, today).with(ASSESSMENT_DUE_ON, dueOn)
                .record();
        int[] band = DURATIONS.pick(council.dice);
        LocalDate authorisedOn = council.days.plus(today, council.dice.between(band[0], band[1]));
        LocalDate allocatedOn = council.days.plus(today, council.dice.between(0, 3));
        AssessmentOutcome outcome = immediateStrategyDiscussion ? AssessmentOutcome.NO_FURTHER_ACTION : OUTCOMES.pick(council.dice);
        council.schedule.at(allocatedOn, () -> allocate(episode, team));
        council.schedule.at(authorisedOn, () -> authorise(episode, allocatedOn, dueOn, outcome));
        return episode;
    }

    /**
     * A referral from before the simulation's first day, its assessment concluded on {@code authorisedOn} with
     * {@code outcome}: the episode a plan open on the first day sits in. Recorded as it happened, in the past.
     */
    Episode alreadyConcluded(Child child, LocalDate referredOn, LocalDate authorisedOn, AssessmentOutcome outcome) {
        Workforce.Team team = council.workforce.assessmentTeam(council.dice);
        Episode episode = new Episode(child, null, council.ids.referral(), team.id());
        LocalDate dueOn = council.days.plus(referredOn, LIMIT);
        council.journal.step(ReferralReceived.TYPE, referredOn).of(episode).due(dueOn)
                .by(team.id(), council.workforce.frontDoor().manager())
                .with(ASSESSMENT_TEAM, team.id()).with(REFERRAL_DATE, referredOn).with(ASSESSMENT_DUE_ON, dueOn)
                .record();
        String worker = Workforce.workerIn(team, council.dice);
        episode.allocate(worker);
        LocalDate allocatedOn = council.days.plus(referredOn, 1);
        council.journal.step(SocialWorkerAllocated.TYPE, allocatedOn).of(episode).by(team.id(), team.manager())
                .with(ALLOCATED_WORKER, worker).with(ALLOCATION_DATE, allocatedOn)
                .record();
        council.journal.step(AssessmentCompleted.TYPE, authorisedOn).of(episode).due(dueOn).by(team.id(), worker)
                .with(ASSESSMENT_START_DATE, allocatedOn).with(ASSESSMENT_AUTHORISED_DATE, authorisedOn)
                .with(ASSESSMENT_OUTCOME, outcome).with(ASSESSMENT_SUMMARY, "Assessment concluded: " + outcome.label() + ".")
                .record();
        return episode;
    }

    private void allocate(Episode episode, Workforce.Team team) {
        String worker = Workforce.workerIn(team, council.dice);
        episode.allocate(worker);
        council.journal.step(SocialWorkerAllocated.TYPE, council.today()).of(episode).by(team.id(), team.manager())
                .with(ALLOCATED_WORKER, worker).with(ALLOCATION_DATE, council.today())
                .record();
    }

    private void authorise(Episode episode, LocalDate startedOn, LocalDate dueOn, AssessmentOutcome outcome) {
        LocalDate today = council.today();
        council.journal.step(AssessmentCompleted.TYPE, today).of(episode).due(dueOn).by(episode.team, episode.worker())
                .with(ASSESSMENT_START_DATE, startedOn).with(ASSESSMENT_AUTHORISED_DATE, today)
                .with(ASSESSMENT_OUTCOME, outcome).with(ASSESSMENT_SUMMARY, "Assessment concluded: " + outcome.label() + ".")
                .with(LATE_REASON, today.isAfter(dueOn) ? "Waiting for information from partner agencies." : null)
                .record();
        switch (outcome) {
            case NO_FURTHER_ACTION -> {
                // the referral closes, unless other work of it goes on
            }
            case STEP_DOWN_TO_EARLY_HELP -> council.earlyHelp.steppedDown(episode, EarlyHelpOrigin.ASSESSMENT_STEP_DOWN, episode.referralId);
            case CHILD_IN_NEED_PLAN -> council.cinPlans.start(episode, CinPlanOrigin.ASSESSMENT);
            case STRATEGY_DISCUSSION -> council.childProtection.strategyDiscussionDecided(episode);
            case LOOKED_AFTER -> council.lookedAfter.requested(episode, CareEntryRoute.ASSESSMENT);
        }
        episode.assessmentEnded();
    }
}
