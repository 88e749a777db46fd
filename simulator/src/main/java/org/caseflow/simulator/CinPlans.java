package org.caseflow.simulator;

import static org.caseflow.journey.events.childinneed.CinData.CIN_CHILD_SEEN;
import static org.caseflow.journey.events.childinneed.CinData.CIN_CHILD_SEEN_ALONE;
import static org.caseflow.journey.events.childinneed.CinData.CIN_LEAD_WORKER;
import static org.caseflow.journey.events.childinneed.CinData.CIN_PLAN_END_REASON;
import static org.caseflow.journey.events.childinneed.CinData.CIN_PLAN_ID;
import static org.caseflow.journey.events.childinneed.CinData.CIN_PLAN_ORIGIN;
import static org.caseflow.journey.events.childinneed.CinData.CIN_PLAN_START_DATE;
import static org.caseflow.journey.events.childinneed.CinData.CIN_REVIEW_DATE;
import static org.caseflow.journey.events.childinneed.CinData.CIN_REVIEW_DECISION;
import static org.caseflow.journey.events.childinneed.CinData.CIN_REVIEW_DUE_ON;
import static org.caseflow.journey.events.childinneed.CinData.CIN_VISIT_DATE;
import static org.caseflow.journey.events.childinneed.CinData.CIN_VISIT_DUE_ON;

import java.time.LocalDate;
import org.caseflow.calendar.LocalTimescales;
import org.caseflow.journey.events.childinneed.CinPlanEndReason;
import org.caseflow.journey.events.childinneed.CinPlanOrigin;
import org.caseflow.journey.events.childinneed.CinPlanStarted;
import org.caseflow.journey.events.childinneed.CinPlanWorkDue;
import org.caseflow.journey.events.childinneed.CinReviewDecision;
import org.caseflow.journey.events.childinneed.CinReviewHeld;
import org.caseflow.journey.events.childinneed.CinVisitMade;
import org.caseflow.journey.events.earlyhelp.EarlyHelpOrigin;
import org.caseflow.journey.events.lookedafter.CareEntryRoute;

/**
 * Child in need plans: visits every {@value #VISIT_INTERVAL} working days from the last (local rule T11, the common
 * choice), reviews every 3 months (T23). A plan ends only at a review, a little under half the time, so that it lasts
 * about six months: stepping down to Early Help, up to child protection or into care, or closing.
 */
final class CinPlans {

    private static final int VISIT_INTERVAL = LocalTimescales.englandCommon().byId(LocalTimescales.CIN_VISIT).orElseThrow().limit();
    private static final int REVIEW_MONTHS = LocalTimescales.englandCommon().byId(LocalTimescales.CIN_REVIEW).orElseThrow().limit();
    private static final double ENDS_AT_REVIEW = 0.55;
    private static final double VISIT_ON_TIME = 0.9;
    private static final double REVIEW_ON_TIME = 0.93;
    private static final Mix<CinPlanEndReason> END_REASONS = Mix.of(CinPlanEndReason.NO_FURTHER_ACTION, 50,
            CinPlanEndReason.STEP_DOWN_TO_EARLY_HELP, 25, CinPlanEndReason.STEP_UP_TO_CHILD_PROTECTION, 8,
            CinPlanEndReason.BECAME_LOOKED_AFTER, 5, CinPlanEndReason.MOVED_AWAY, 12);

    private final Council council;

    CinPlans(Council council) {
        this.council = council;
    }

    /** A plan starts today, on the day of the decision that made it, led by the episode's social worker. */
    void start(Episode episode, CinPlanOrigin origin) {
        LocalDate today = council.today();
        PlanUnderWay plan = recordStart(episode, origin, today);
        planVisit(plan, council.days.plus(today, VISIT_INTERVAL));
        planReview(plan, today.plusMonths(REVIEW_MONTHS));
    }

    /** A plan open on the simulation's first day: its start, its reviews since and its last visit, then what comes next. */
    void alreadyOpen(Episode episode, LocalDate startedOn) {
        PlanUnderWay plan = recordStart(episode, CinPlanOrigin.ASSESSMENT, startedOn);
        LocalDate today = council.today();
        LocalDate reviewDue = startedOn.plusMonths(REVIEW_MONTHS);
        while (reviewDue.isBefore(today)) {
            LocalDate heldOn = council.days.minus(reviewDue, council.dice.between(0, 3));
            recordReview(plan, heldOn, reviewDue, false);
            reviewDue = heldOn.plusMonths(REVIEW_MONTHS);
        }
        LocalDate lastVisit = council.days.minus(today, council.dice.between(1, VISIT_INTERVAL - 1));
        if (lastVisit.isAfter(startedOn)) {
            recordVisit(plan, lastVisit, council.days.plus(lastVisit, council.dice.between(0, 5)));
        }
        planVisit(plan, council.days.plus(plan.lastVisit, VISIT_INTERVAL));
        planReview(plan, reviewDue);
    }

    private PlanUnderWay recordStart(Episode episode, CinPlanOrigin origin, LocalDate startedOn) {
        episode.workStarted();
        String lead = episode.worker();
        PlanUnderWay plan = new PlanUnderWay(council.ids.cinPlan(), episode, lead, startedOn);
        council.journal.step(CinPlanStarted.TYPE, startedOn).of(episode).by(episode.team, lead)
                .with(CIN_PLAN_ID, plan.id).with(CIN_PLAN_START_DATE, startedOn).with(CIN_PLAN_ORIGIN, origin)
                .with(CIN_LEAD_WORKER, lead).with(CIN_VISIT_DUE_ON, council.days.plus(startedOn, VISIT_INTERVAL))
                .with(CIN_REVIEW_DUE_ON, startedOn.plusMonths(REVIEW_MONTHS))
                .record();
        return plan;
    }

    private void planVisit(PlanUnderWay plan, LocalDate dueOn) {
        LocalDate visitOn = council.doneAround(dueOn, council.days.plus(plan.lastVisit, 1), VISIT_ON_TIME, 7, 8);
        council.schedule.at(visitOn, () -> {
            if (!plan.ended) {
                recordVisit(plan, council.today(), dueOn);
                planVisit(plan, council.days.plus(council.today(), VISIT_INTERVAL));
            }
        });
    }

    /** A visit in which the child was seen, and the visit clock starting again from it. */
    private void recordVisit(PlanUnderWay plan, LocalDate visitedOn, LocalDate dueOn) {
        council.journal.step(CinVisitMade.TYPE, visitedOn).of(plan.episode).due(dueOn).by(plan.episode.team, plan.leadWorker)
                .with(CIN_PLAN_ID, plan.id).with(CIN_VISIT_DATE, visitedOn).with(CIN_CHILD_SEEN, true)
                .with(CIN_CHILD_SEEN_ALONE, council.dice.chance(0.5))
                .record();
        LocalDate nextDue = council.days.plus(visitedOn, VISIT_INTERVAL);
        council.journal.step(CinPlanWorkDue.VISIT_DUE, visitedOn).of(plan.episode).due(nextDue).by(plan.episode.team, null)
                .with(CIN_PLAN_ID, plan.id).with(CIN_VISIT_DUE_ON, nextDue)
                .record();
        plan.lastVisit = visitedOn;
    }

    private void planReview(PlanUnderWay plan, LocalDate dueOn) {
        LocalDate heldOn = council.doneAround(dueOn, council.days.plus(council.today(), 1), REVIEW_ON_TIME, 10, 10);
        council.schedule.at(heldOn, () -> {
            boolean ends = council.dice.chance(ENDS_AT_REVIEW);
            recordReview(plan, council.today(), dueOn, ends);
            if (!ends) {
                planReview(plan, council.today().plusMonths(REVIEW_MONTHS));
            }
        });
    }

    private void recordReview(PlanUnderWay plan, LocalDate heldOn, LocalDate dueOn, boolean ends) {
        CinPlanEndReason reason = ends ? END_REASONS.pick(council.dice) : null;
        if (reason == CinPlanEndReason.BECAME_LOOKED_AFTER && !plan.episode.child.isUnder18On(heldOn.plusMonths(1))) {
            reason = CinPlanEndReason.NO_FURTHER_ACTION;
        }
        council.journal.step(CinReviewHeld.TYPE, heldOn).of(plan.episode).due(dueOn).by(plan.episode.team, plan.leadWorker)
                .with(CIN_PLAN_ID, plan.id).with(CIN_REVIEW_DATE, heldOn).with(CIN_REVIEW_DUE_ON, dueOn)
                .with(CIN_REVIEW_DECISION, ends ? CinReviewDecision.END_PLAN : CinReviewDecision.CONTINUE_PLAN)
                .with(CIN_PLAN_END_REASON, reason)
                .record();
        if (ends) {
            plan.ended = true;
            switch (reason) {
                case STEP_DOWN_TO_EARLY_HELP -> council.earlyHelp.steppedDown(plan.episode, EarlyHelpOrigin.CIN_PLAN_STEP_DOWN, plan.id);
                case STEP_UP_TO_CHILD_PROTECTION -> council.childProtection.strategyDiscussionDecided(plan.episode);
                case BECAME_LOOKED_AFTER -> council.lookedAfter.requested(plan.episode, CareEntryRoute.CIN_PLAN);
                case NO_FURTHER_ACTION, MOVED_AWAY -> {
                    // social care's work with the child ends here, unless other work goes on
                }
            }
            plan.episode.workEnded();
        }
    }
}
