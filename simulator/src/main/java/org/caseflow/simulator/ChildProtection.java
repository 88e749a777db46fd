package org.caseflow.simulator;

import static org.caseflow.journey.events.childprotection.ChildProtectionData.CHILD_SEEN_DATE;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.CONCERN_CATEGORY;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.ICPC_CHAIR;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.ICPC_DATE;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.ICPC_DECISION;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.ICPC_DUE_ON;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.ICPC_LATE_REASON;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.LEAD_SOCIAL_WORKER;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.PLAN_CATEGORY;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.S47_CATEGORY;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.S47_COMPLETED_DATE;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.S47_DECISION;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.S47_OUTCOME;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.S47_START_DATE;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.STRATEGY_DATE;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.STRATEGY_DECISION;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.STRATEGY_DUE_ON;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.STRATEGY_EDUCATION;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.STRATEGY_HEALTH;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.STRATEGY_POLICE;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.STRATEGY_RATIONALE;

import java.time.LocalDate;
import org.caseflow.calendar.StatutoryTimescale;
import org.caseflow.journey.events.childinneed.CinPlanOrigin;
import org.caseflow.journey.events.childprotection.AbuseCategory;
import org.caseflow.journey.events.childprotection.IcpcDecision;
import org.caseflow.journey.events.childprotection.IcpcHeld;
import org.caseflow.journey.events.childprotection.Section47Completed;
import org.caseflow.journey.events.childprotection.Section47Decision;
import org.caseflow.journey.events.childprotection.Section47Outcome;
import org.caseflow.journey.events.childprotection.StrategyDecision;
import org.caseflow.journey.events.childprotection.StrategyDiscussionHeld;
import org.caseflow.journey.events.earlyhelp.EarlyHelpOrigin;

/**
 * Child protection enquiries: a strategy discussion within a working day of the decision to hold one (local rule
 * T2), the section 47 enquiry it starts, and the initial conference within 15 working days of that discussion (T4;
 * England about 81% in time), which decides on a plan or not.
 */
final class ChildProtection {

    private static final int ICPC_LIMIT = StatutoryTimescale.INITIAL_CHILD_PROTECTION_CONFERENCE.limit();
    static final Mix<AbuseCategory> CATEGORIES = Mix.of(AbuseCategory.NEGLECT, 48, AbuseCategory.EMOTIONAL_ABUSE, 36,
            AbuseCategory.PHYSICAL_ABUSE, 7, AbuseCategory.SEXUAL_ABUSE, 4, AbuseCategory.MULTIPLE, 5);
    private static final Mix<StrategyDecision> STRATEGY_DECISIONS = Mix.of(StrategyDecision.SECTION_47, 78,
            StrategyDecision.SINGLE_AGENCY_SECTION_47, 4, StrategyDecision.NO_SECTION_47_CONTINUE_ASSESSMENT, 8,
            StrategyDecision.NO_SECTION_47_CHILD_IN_NEED, 5, StrategyDecision.NO_FURTHER_ACTION, 5);
    /** Enquiries that substantiate the concerns. */
    private static final double SUBSTANTIATED = 0.6;
    private static final Mix<Section47Decision> AFTER_SUBSTANTIATED = Mix.of(Section47Decision.INITIAL_CONFERENCE, 64,
            Section47Decision.CHILD_IN_NEED_PLAN, 12, Section47Decision.EARLY_HELP, 6, Section47Decision.NO_FURTHER_ACTION, 18);
    private static final Mix<Section47Decision> AFTER_NOT_SUBSTANTIATED = Mix.of(Section47Decision.CHILD_IN_NEED_PLAN, 15,
            Section47Decision.EARLY_HELP, 25, Section47Decision.NO_FURTHER_ACTION, 60);
    private static final Mix<IcpcDecision> CONFERENCE_DECISIONS = Mix.of(IcpcDecision.CHILD_PROTECTION_PLAN, 88,
            IcpcDecision.NO_PLAN_CHILD_IN_NEED, 8, IcpcDecision.NO_PLAN_NO_FURTHER_ACTION, 4);
    private static final double CONFERENCE_ON_TIME = 0.81;

    private final Council council;

    ChildProtection(Council council) {
        this.council = council;
    }

    /** Social care decided today to hold a strategy discussion: it is held within a working day, mostly. */
    void strategyDiscussionDecided(Episode episode) {
        episode.workStarted();
        LocalDate decidedOn = council.days.onOrAfter(council.today());
        LocalDate dueOn = council.days.plus(decidedOn, 1);
        LocalDate heldOn = council.dice.chance(0.9) ? council.days.plus(decidedOn, council.dice.between(0, 1))
                : council.days.plus(decidedOn, council.dice.between(2, 4));
        council.schedule.at(heldOn, () -> strategyDiscussion(episode, dueOn));
    }

    private void strategyDiscussion(Episode episode, LocalDate dueOn) {
        LocalDate today = council.today();
        AbuseCategory concern = CATEGORIES.pick(council.dice);
        StrategyDecision decision = STRATEGY_DECISIONS.pick(council.dice);
        if (decision == StrategyDecision.NO_SECTION_47_CONTINUE_ASSESSMENT && !episode.assessmentInProgress()) {
            decision = StrategyDecision.NO_SECTION_47_CHILD_IN_NEED;
        }
        Workforce.Team team = council.workforce.assessmentTeamNamed(episode.team);
        council.journal.step(StrategyDiscussionHeld.TYPE, today).of(episode).due(dueOn).by(team.id(), team.manager())
                .with(STRATEGY_DATE, today).with(STRATEGY_DUE_ON, dueOn).with(STRATEGY_POLICE, true)
                .with(STRATEGY_HEALTH, true).with(STRATEGY_EDUCATION, council.dice.chance(0.7))
                .with(CONCERN_CATEGORY, concern).with(STRATEGY_DECISION, decision)
                .with(STRATEGY_RATIONALE, "Agreed by the agencies present.")
                .record();
        switch (decision) {
            case SECTION_47, SINGLE_AGENCY_SECTION_47 -> {
                LocalDate completedOn = council.workingDaysFromToday(5, 12);
                council.schedule.at(completedOn, () -> enquiryCompleted(episode, today, concern));
                return;
            }
            case NO_SECTION_47_CHILD_IN_NEED -> council.cinPlans.start(episode, CinPlanOrigin.STRATEGY_DISCUSSION);
            case NO_SECTION_47_CONTINUE_ASSESSMENT, NO_FURTHER_ACTION -> {
                // the assessment, if any, goes on
            }
        }
        episode.workEnded();
    }

    private void enquiryCompleted(Episode episode, LocalDate startedOn, AbuseCategory concern) {
        LocalDate today = council.today();
        LocalDate icpcDueOn = council.days.plus(startedOn, ICPC_LIMIT);
        boolean substantiated = council.dice.chance(SUBSTANTIATED);
        Section47Decision decision = (substantiated ? AFTER_SUBSTANTIATED : AFTER_NOT_SUBSTANTIATED).pick(council.dice);
        council.journal.step(Section47Completed.TYPE, today).of(episode).due(icpcDueOn).by(episode.team, episodeWorker(episode))
                .with(S47_START_DATE, startedOn).with(CHILD_SEEN_DATE, council.days.plus(startedOn, 1))
                .with(S47_OUTCOME, substantiated ? Section47Outcome.CONCERNS_SUBSTANTIATED : Section47Outcome.CONCERNS_NOT_SUBSTANTIATED)
                .with(S47_CATEGORY, substantiated ? concern : null).with(S47_DECISION, decision)
                .with(S47_COMPLETED_DATE, today).with(ICPC_DUE_ON, icpcDueOn)
                .record();
        switch (decision) {
            case INITIAL_CONFERENCE, REVIEW_CONFERENCE -> {
                LocalDate heldOn = council.doneAround(icpcDueOn, council.days.plus(today, 1), CONFERENCE_ON_TIME, 7, 10);
                council.schedule.at(heldOn, () -> initialConference(episode, startedOn, icpcDueOn, concern));
                return;
            }
            case CHILD_IN_NEED_PLAN -> council.cinPlans.start(episode, CinPlanOrigin.SECTION_47);
            case EARLY_HELP -> council.earlyHelp.steppedDown(episode, EarlyHelpOrigin.SECTION_47_STEP_DOWN, episode.referralId);
            case NO_FURTHER_ACTION -> {
                // the enquiry ends here
            }
        }
        episode.workEnded();
    }

    private void initialConference(Episode episode, LocalDate enquiryStartedOn, LocalDate dueOn, AbuseCategory category) {
        LocalDate today = council.today();
        IcpcDecision decision = CONFERENCE_DECISIONS.pick(council.dice);
        boolean plan = decision == IcpcDecision.CHILD_PROTECTION_PLAN;
        String lead = plan ? episodeWorker(episode) : null;
        Workforce.Team team = council.workforce.assessmentTeamNamed(episode.team);
        council.journal.step(IcpcHeld.TYPE, today).of(episode).due(dueOn).by(team.id(), team.manager())
                .with(S47_START_DATE, enquiryStartedOn).with(ICPC_DATE, today).with(ICPC_DUE_ON, dueOn)
                .with(ICPC_CHAIR, "chair.independent").with(ICPC_DECISION, decision)
                .with(PLAN_CATEGORY, plan ? category : null).with(LEAD_SOCIAL_WORKER, lead)
                .with(ICPC_LATE_REASON, today.isAfter(dueOn) ? "No conference slot in time." : null)
                .record();
        switch (decision) {
            case CHILD_PROTECTION_PLAN -> council.cpPlans.start(episode, category, lead);
            case NO_PLAN_CHILD_IN_NEED -> council.cinPlans.start(episode, CinPlanOrigin.INITIAL_CONFERENCE);
            case NO_PLAN_NO_FURTHER_ACTION -> {
                // the conference ends the enquiry's work
            }
        }
        episode.workEnded();
    }

    /** The episode's social worker, or one of its team's when the assessment was never allocated (a plan stepped up to). */
    private String episodeWorker(Episode episode) {
        if (episode.worker() == null) {
            episode.allocate(Workforce.workerIn(council.workforce.assessmentTeamNamed(episode.team), council.dice));
        }
        return episode.worker();
    }
}
