package org.caseflow.simulator;

import static org.caseflow.journey.events.childprotection.ChildProtectionData.CHILD_SEEN;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.CHILD_SEEN_ALONE;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.CORE_GROUP_DUE_ON;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.CP_PLAN_ID;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.LEAD_SOCIAL_WORKER;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.PLAN_CATEGORY;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.PLAN_END_REASON;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.PLAN_START_DATE;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.REVIEW_CONFERENCE_DATE;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.REVIEW_CONFERENCE_DUE_ON;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.REVIEW_DECISION;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.VISIT_DATE;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.VISIT_DUE_ON;

import java.time.LocalDate;
import org.caseflow.calendar.LocalTimescales;
import org.caseflow.calendar.StatutoryTimescale;
import org.caseflow.journey.events.childinneed.CinPlanOrigin;
import org.caseflow.journey.events.childprotection.AbuseCategory;
import org.caseflow.journey.events.childprotection.CpPlanStarted;
import org.caseflow.journey.events.childprotection.CpPlanWorkDue;
import org.caseflow.journey.events.childprotection.CpVisitMade;
import org.caseflow.journey.events.childprotection.PlanEndReason;
import org.caseflow.journey.events.childprotection.ReviewConferenceHeld;
import org.caseflow.journey.events.childprotection.ReviewDecision;
import org.caseflow.journey.events.earlyhelp.EarlyHelpOrigin;
import org.caseflow.journey.events.lookedafter.CareEntryRoute;

/**
 * Child protection plans: visits every {@value #VISIT_INTERVAL} working days from the last (local rule T10, the
 * common choice), review conferences 3 months after the initial conference and then every 6 months (T7, T8). A plan
 * ends only at a review conference: few at the first, about half at each later one, so that about 300 children are on
 * a plan in the reference council and a few for over two years. Core groups are not simulated: no measure counts them.
 */
final class CpPlans {

    private static final int VISIT_INTERVAL = LocalTimescales.englandCommon().byId(LocalTimescales.CP_VISIT).orElseThrow().limit();
    private static final int FIRST_REVIEW_MONTHS = StatutoryTimescale.FIRST_REVIEW_CONFERENCE.limit();
    private static final int LATER_REVIEW_MONTHS = StatutoryTimescale.LATER_REVIEW_CONFERENCE.limit();
    private static final double ENDS_AT_FIRST_REVIEW = 0.15;
    private static final double ENDS_AT_LATER_REVIEW = 0.47;
    private static final double VISIT_ON_TIME = 0.9;
    private static final double REVIEW_ON_TIME = 0.985;
    private static final Mix<PlanEndReason> END_REASONS = Mix.of(PlanEndReason.STEP_DOWN_TO_CHILD_IN_NEED, 32,
            PlanEndReason.NO_FURTHER_ACTION, 40, PlanEndReason.STEP_DOWN_TO_EARLY_HELP, 11,
            PlanEndReason.BECAME_LOOKED_AFTER, 10, PlanEndReason.MOVED_AWAY, 7);

    private final Council council;

    CpPlans(Council council) {
        this.council = council;
    }

    /** A plan starts on the day of the initial conference that decided on it. */
    void start(Episode episode, AbuseCategory category, String leadWorker) {
        LocalDate today = council.today();
        PlanUnderWay plan = started(episode, category, leadWorker, today);
        LocalDate visitDue = council.days.plus(today, VISIT_INTERVAL);
        council.journal.step(CpPlanStarted.TYPE, today).of(episode).by(episode.team, leadWorker)
                .with(CP_PLAN_ID, plan.id).with(PLAN_START_DATE, today).with(PLAN_CATEGORY, category)
                .with(LEAD_SOCIAL_WORKER, leadWorker).with(CORE_GROUP_DUE_ON, council.days.plus(today, 10))
                .with(VISIT_DUE_ON, visitDue).with(REVIEW_CONFERENCE_DUE_ON, today.plusMonths(FIRST_REVIEW_MONTHS))
                .record();
        planVisit(plan, visitDue);
        planReview(plan, today.plusMonths(FIRST_REVIEW_MONTHS), true);
    }

    /**
     * A plan open on the simulation's first day, started on {@code startedOn}: its start, every review conference held
     * since (on time) and its last visit are recorded as they were, and its next visit and review are planned.
     */
    void alreadyOpen(Episode episode, LocalDate startedOn) {
        AbuseCategory category = ChildProtection.CATEGORIES.pick(council.dice);
        String lead = episode.worker();
        PlanUnderWay plan = started(episode, category, lead, startedOn);
        council.journal.step(CpPlanStarted.TYPE, startedOn).of(episode).by(episode.team, lead)
                .with(CP_PLAN_ID, plan.id).with(PLAN_START_DATE, startedOn).with(PLAN_CATEGORY, category)
                .with(LEAD_SOCIAL_WORKER, lead).with(VISIT_DUE_ON, council.days.plus(startedOn, VISIT_INTERVAL))
                .with(REVIEW_CONFERENCE_DUE_ON, startedOn.plusMonths(FIRST_REVIEW_MONTHS))
                .record();
        LocalDate today = council.today();
        LocalDate reviewDue = startedOn.plusMonths(FIRST_REVIEW_MONTHS);
        while (reviewDue.isBefore(today)) {
            LocalDate heldOn = council.days.minus(reviewDue, council.dice.between(0, 3));
            recordReview(plan, heldOn, reviewDue, false);
            reviewDue = heldOn.plusMonths(LATER_REVIEW_MONTHS);
        }
        LocalDate lastVisit = council.days.minus(today, council.dice.between(1, VISIT_INTERVAL - 1));
        if (lastVisit.isAfter(startedOn)) {
            recordVisit(plan, lastVisit, council.days.plus(lastVisit, council.dice.between(0, 3)));
        }
        planVisit(plan, council.days.plus(plan.lastVisit, VISIT_INTERVAL));
        planReview(plan, reviewDue, reviewDue.equals(startedOn.plusMonths(FIRST_REVIEW_MONTHS)));
    }

    private PlanUnderWay started(Episode episode, AbuseCategory category, String leadWorker, LocalDate startedOn) {
        episode.workStarted();
        return new PlanUnderWay(council.ids.cpPlan(), episode, leadWorker, startedOn);
    }

    private void planVisit(PlanUnderWay plan, LocalDate dueOn) {
        LocalDate visitOn = council.doneAround(dueOn, council.days.plus(plan.lastVisit, 1), VISIT_ON_TIME, 5, 5);
        council.schedule.at(visitOn, () -> {
            if (!plan.ended) {
                recordVisit(plan, council.today(), dueOn);
                planVisit(plan, council.days.plus(council.today(), VISIT_INTERVAL));
            }
        });
    }

    /** A visit in which the child was seen, and the visit clock starting again from it. */
    private void recordVisit(PlanUnderWay plan, LocalDate visitedOn, LocalDate dueOn) {
        council.journal.step(CpVisitMade.TYPE, visitedOn).of(plan.episode).due(dueOn).by(plan.episode.team, plan.leadWorker)
                .with(CP_PLAN_ID, plan.id).with(VISIT_DATE, visitedOn).with(CHILD_SEEN, true)
                .with(CHILD_SEEN_ALONE, council.dice.chance(0.6))
                .record();
        LocalDate nextDue = council.days.plus(visitedOn, VISIT_INTERVAL);
        council.journal.step(CpPlanWorkDue.VISIT_DUE, visitedOn).of(plan.episode).due(nextDue).by(plan.episode.team, null)
                .with(CP_PLAN_ID, plan.id).with(VISIT_DUE_ON, nextDue)
                .record();
        plan.lastVisit = visitedOn;
    }

    private void planReview(PlanUnderWay plan, LocalDate dueOn, boolean first) {
        LocalDate heldOn = council.doneAround(dueOn, council.days.plus(council.today(), 1), REVIEW_ON_TIME, 14, 10);
        council.schedule.at(heldOn, () -> {
            boolean ends = council.dice.chance(first ? ENDS_AT_FIRST_REVIEW : ENDS_AT_LATER_REVIEW);
            recordReview(plan, council.today(), dueOn, ends);
            if (!ends) {
                planReview(plan, council.today().plusMonths(LATER_REVIEW_MONTHS), false);
            }
        });
    }

    private void recordReview(PlanUnderWay plan, LocalDate heldOn, LocalDate dueOn, boolean ends) {
        PlanEndReason reason = ends ? END_REASONS.pick(council.dice) : null;
        if (reason == PlanEndReason.BECAME_LOOKED_AFTER && !plan.episode.child.isUnder18On(heldOn.plusMonths(1))) {
            reason = PlanEndReason.NO_FURTHER_ACTION;
        }
        Workforce.Team team = council.workforce.assessmentTeamNamed(plan.episode.team);
        council.journal.step(ReviewConferenceHeld.TYPE, heldOn).of(plan.episode).due(dueOn).by(team.id(), team.manager())
                .with(CP_PLAN_ID, plan.id).with(REVIEW_CONFERENCE_DATE, heldOn).with(REVIEW_CONFERENCE_DUE_ON, dueOn)
                .with(REVIEW_DECISION, ends ? ReviewDecision.END_PLAN : ReviewDecision.CONTINUE_PLAN)
                .with(PLAN_END_REASON, reason)
                .record();
        if (ends) {
            plan.ended = true;
            switch (reason) {
                case STEP_DOWN_TO_CHILD_IN_NEED -> council.cinPlans.start(plan.episode, CinPlanOrigin.CP_PLAN_STEP_DOWN);
                case STEP_DOWN_TO_EARLY_HELP -> council.earlyHelp.steppedDown(plan.episode, EarlyHelpOrigin.CP_PLAN_STEP_DOWN, plan.id);
                case BECAME_LOOKED_AFTER -> council.lookedAfter.requested(plan.episode, CareEntryRoute.CP_PLAN);
                case NO_FURTHER_ACTION, MOVED_AWAY -> {
                    // social care's work with the child ends here, unless other work goes on
                }
            }
            plan.episode.workEnded();
        }
    }
}
