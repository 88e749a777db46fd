package org.caseflow.simulator;

import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.EH_ASSESSMENT_DATE;
import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.EH_ASSESSMENT_DUE_ON;
import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.EH_CLOSED_DATE;
import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.EH_CLOSURE;
import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.EH_EPISODE_ID;
import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.EH_LEAD_PRACTITIONER;
import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.EH_ORIGIN;
import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.EH_REQUESTED_BY;
import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.EH_REQUEST_REASON;
import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.EH_REVIEW_DATE;
import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.EH_REVIEW_DECISION;
import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.EH_REVIEW_DUE_ON;
import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.EH_START_DATE;
import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.EH_STEPPED_DOWN_FROM;
import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.EH_TRANSFER_ACCEPTED_DATE;
import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.EH_TRANSFER_DUE_ON;
import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.STEP_UP_ACCEPTED;
import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.STEP_UP_CONTACT_ID;
import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.STEP_UP_DECIDED_DATE;
import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.STEP_UP_REASON;

import java.time.LocalDate;
import org.caseflow.calendar.LocalTimescales;
import org.caseflow.journey.events.earlyhelp.EarlyHelpAssessmentCompleted;
import org.caseflow.journey.events.earlyhelp.EarlyHelpClosure;
import org.caseflow.journey.events.earlyhelp.EarlyHelpEpisodeClosed;
import org.caseflow.journey.events.earlyhelp.EarlyHelpEpisodeStarted;
import org.caseflow.journey.events.earlyhelp.EarlyHelpOrigin;
import org.caseflow.journey.events.earlyhelp.EarlyHelpReviewDecision;
import org.caseflow.journey.events.earlyhelp.EarlyHelpReviewHeld;
import org.caseflow.journey.events.earlyhelp.EarlyHelpTransferAccepted;
import org.caseflow.journey.events.earlyhelp.StepUpDecided;

/**
 * Early Help episodes: from the front door, a step-down from social care (accepted within 5 working days, local rule
 * T26) or a partner's request; an assessment within 30 working days (T24); team-around-the-family reviews every 6
 * weeks (T25), each of which may close the episode or ask social care to step up. About five months long on
 * average, so that some 630 children are open to Early Help in the reference council.
 */
final class EarlyHelp {

    private static final LocalTimescales LOCAL = LocalTimescales.englandCommon();
    private static final int ASSESSMENT_LIMIT = LOCAL.byId(LocalTimescales.EARLY_HELP_ASSESSMENT).orElseThrow().limit();
    private static final int REVIEW_WEEKS = LOCAL.byId(LocalTimescales.EARLY_HELP_REVIEW).orElseThrow().limit();
    private static final int ACCEPTANCE_LIMIT = LOCAL.byId(LocalTimescales.STEP_DOWN_ACCEPTANCE).orElseThrow().limit();
    private static final double CLOSES_AT_REVIEW = 0.4;
    private static final double STEPS_UP_AT_REVIEW = 0.035;
    private static final Mix<EarlyHelpClosure> CLOSURES = Mix.of(EarlyHelpClosure.NEEDS_MET, 70, EarlyHelpClosure.DISENGAGED, 20,
            EarlyHelpClosure.MOVED_AWAY, 10);

    private final Council council;

    EarlyHelp(Council council) {
        this.council = council;
    }

    /** The front door decided on Early Help today. */
    void fromFrontDoor(Child child, String contactId) {
        EarlyHelpEpisode episode = start(child, contactId, EarlyHelpOrigin.FRONT_DOOR, null, council.today());
        planAssessment(episode, council.days.plus(council.today(), ASSESSMENT_LIMIT));
    }

    /** Social care stepped the child down today, from a referral or a plan ({@code from}). */
    void steppedDown(Episode socialCare, EarlyHelpOrigin origin, String from) {
        LocalDate today = council.today();
        EarlyHelpEpisode episode = start(socialCare.child, socialCare.contactId, origin, from, today);
        LocalDate dueOn = council.days.plus(today, ACCEPTANCE_LIMIT);
        LocalDate acceptedOn = council.doneAround(dueOn, council.days.plus(today, 1), 0.9, 5, 5);
        council.schedule.at(acceptedOn, () -> {
            Workforce.Team team = council.workforce.earlyHelp();
            council.journal.step(EarlyHelpTransferAccepted.TYPE, council.today()).of(episode.child).due(dueOn)
                    .by(team.id(), team.manager())
                    .with(EH_EPISODE_ID, episode.id).with(EH_TRANSFER_ACCEPTED_DATE, council.today())
                    .with(EH_TRANSFER_DUE_ON, dueOn).with(EH_LEAD_PRACTITIONER, episode.practitioner)
                    .record();
            planAssessment(episode, council.days.plus(council.today(), ASSESSMENT_LIMIT));
        });
    }

    /** The Early Help episodes partner agencies ask for on {@code day}, for children new to the council. */
    void partnerRequestsOn(LocalDate day) {
        if (!council.days.isWorkingDay(day)) {
            return;
        }
        double perWorkingDay = council.profile.partnerRequestsPerMonth() * 12 / 252.0;
        int requests = council.dice.poisson(perWorkingDay);
        for (int i = 0; i < requests; i++) {
            EarlyHelpEpisode episode = start(council.children.newChild(day), null, EarlyHelpOrigin.PARTNER_REQUEST, null, day);
            planAssessment(episode, council.days.plus(day, ASSESSMENT_LIMIT));
        }
    }

    /** An episode open on the simulation's first day, started on {@code startedOn}, assessed if that was due by now. */
    void alreadyOpen(Child child, LocalDate startedOn) {
        EarlyHelpEpisode episode = start(child, null, EarlyHelpOrigin.FRONT_DOOR, null, startedOn);
        LocalDate assessmentDue = council.days.plus(startedOn, ASSESSMENT_LIMIT);
        LocalDate assessedOn = council.days.minus(assessmentDue, council.dice.between(0, 10));
        if (assessedOn.isBefore(council.today())) {
            recordAssessment(episode, assessedOn, assessmentDue);
            LocalDate reviewDue = assessedOn.plusWeeks(REVIEW_WEEKS);
            while (reviewDue.isBefore(council.today())) {
                reviewDue = reviewDue.plusWeeks(REVIEW_WEEKS);
            }
            planReview(episode, reviewDue);
        } else {
            planAssessment(episode, assessmentDue);
        }
    }

    /** The front door answered a request to step up: accepted, the episode closes as stepped up; refused, it goes on. */
    void stepUpDecided(EarlyHelpEpisode episode, String contactId, boolean accepted) {
        LocalDate today = council.today();
        Workforce.Team frontDoor = council.workforce.frontDoor();
        council.journal.step(StepUpDecided.TYPE, today).of(episode.child).contact(contactId).by(frontDoor.id(), frontDoor.manager())
                .with(EH_EPISODE_ID, episode.id).with(STEP_UP_CONTACT_ID, contactId).with(STEP_UP_ACCEPTED, accepted)
                .with(STEP_UP_DECIDED_DATE, today)
                .record();
        if (accepted) {
            close(episode, EarlyHelpClosure.STEPPED_UP);
        } else {
            planReview(episode, today.plusWeeks(REVIEW_WEEKS));
        }
    }

    private EarlyHelpEpisode start(Child child, String contactId, EarlyHelpOrigin origin, String steppedDownFrom, LocalDate startedOn) {
        Workforce.Team team = council.workforce.earlyHelp();
        EarlyHelpEpisode episode = new EarlyHelpEpisode(council.ids.earlyHelpEpisode(), child, Workforce.workerIn(team, council.dice));
        child.earlyHelpStarted();
        LocalDate dueOn = council.days.plus(startedOn, origin.isStepDown() ? ACCEPTANCE_LIMIT : ASSESSMENT_LIMIT);
        boolean partner = origin == EarlyHelpOrigin.PARTNER_REQUEST;
        council.journal.step(EarlyHelpEpisodeStarted.TYPE, startedOn).of(child).contact(contactId).due(dueOn)
                .by(team.id(), team.manager())
                .with(EH_EPISODE_ID, episode.id).with(EH_START_DATE, startedOn).with(EH_ORIGIN, origin)
                .with(EH_STEPPED_DOWN_FROM, steppedDownFrom)
                .with(EH_REQUESTED_BY, partner ? "School family support worker" : null)
                .with(EH_REQUEST_REASON, partner ? "Family asking for help with routines and attendance." : null)
                .record();
        return episode;
    }

    private void planAssessment(EarlyHelpEpisode episode, LocalDate dueOn) {
        LocalDate assessedOn = council.doneAround(dueOn, council.days.plus(council.today(), 8), 0.88, 20, 10);
        council.schedule.at(assessedOn, () -> {
            recordAssessment(episode, council.today(), dueOn);
            planReview(episode, council.today().plusWeeks(REVIEW_WEEKS));
        });
    }

    private void recordAssessment(EarlyHelpEpisode episode, LocalDate assessedOn, LocalDate dueOn) {
        council.journal.step(EarlyHelpAssessmentCompleted.TYPE, assessedOn).of(episode.child).due(dueOn)
                .by(council.workforce.earlyHelp().id(), episode.practitioner)
                .with(EH_EPISODE_ID, episode.id).with(EH_ASSESSMENT_DATE, assessedOn).with(EH_ASSESSMENT_DUE_ON, dueOn)
                .with(EH_LEAD_PRACTITIONER, episode.practitioner)
                .record();
    }

    private void planReview(EarlyHelpEpisode episode, LocalDate dueOn) {
        LocalDate heldOn = council.doneAround(dueOn, council.days.plus(council.today(), 1), 0.85, 7, 10);
        council.schedule.at(heldOn, () -> review(episode, dueOn));
    }

    private void review(EarlyHelpEpisode episode, LocalDate dueOn) {
        LocalDate today = council.today();
        double draw = council.dice.fraction();
        boolean stepUp = draw < STEPS_UP_AT_REVIEW && episode.child.isUnder18On(today.plusMonths(2));
        // a child about to turn 18 leaves Early Help at their last review
        boolean closes = (!stepUp && draw < STEPS_UP_AT_REVIEW + CLOSES_AT_REVIEW) || !episode.child.isUnder18On(today.plusMonths(2));
        EarlyHelpClosure closure = closes ? CLOSURES.pick(council.dice) : null;
        EarlyHelpReviewDecision decision = stepUp ? EarlyHelpReviewDecision.STEP_UP
                : closes ? EarlyHelpReviewDecision.CLOSE : EarlyHelpReviewDecision.CONTINUE;
        council.journal.step(EarlyHelpReviewHeld.TYPE, today).of(episode.child).due(dueOn)
                .by(council.workforce.earlyHelp().id(), episode.practitioner)
                .with(EH_EPISODE_ID, episode.id).with(EH_REVIEW_DATE, today).with(EH_REVIEW_DUE_ON, dueOn)
                .with(EH_REVIEW_DECISION, decision).with(EH_CLOSURE, closure)
                .with(STEP_UP_REASON, stepUp ? "Concerns have grown despite the plan." : null)
                .record();
        switch (decision) {
            case CLOSE -> close(episode, closure);
            case STEP_UP -> council.schedule.at(council.workingDaysFromToday(0, 2), () -> council.frontDoor.stepUpRequested(episode));
            case CONTINUE -> planReview(episode, today.plusWeeks(REVIEW_WEEKS));
        }
    }

    private void close(EarlyHelpEpisode episode, EarlyHelpClosure closure) {
        LocalDate today = council.today();
        council.journal.step(EarlyHelpEpisodeClosed.TYPE, today).of(episode.child)
                .by(council.workforce.earlyHelp().id(), episode.practitioner)
                .with(EH_EPISODE_ID, episode.id).with(EH_CLOSURE, closure).with(EH_CLOSED_DATE, today)
                .record();
        episode.child.earlyHelpEnded();
    }
}
