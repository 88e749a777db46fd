package org.caseflow.kpi.childinneed.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.caseflow.journey.events.assessment.AssessmentOutcome;
import org.caseflow.journey.events.childinneed.CinPlanEndReason;
import org.caseflow.journey.events.childprotection.IcpcDecision;
import org.caseflow.journey.events.childprotection.PlanEndReason;
import org.caseflow.journey.events.childprotection.Section47Decision;
import org.caseflow.journey.events.childprotection.StrategyDecision;
import org.caseflow.journey.events.lookedafter.ReasonCeased;
import org.caseflow.kpi.measures.rules.Involvement;

/**
 * A referral's episode of children's social care (the CIN census's child in need episode, from
 * CINreferralDate to CINclosureDate), as KPI {@code cin-count} sees it (docs/statutory-rules.md section
 * 5). The journey publishes no closure of its own, so it is read from the episode's work: the episode is
 * open from the referral date until the first day on which a piece of its work ended in an outcome that
 * closes the case ({@link Work#closesTheCase}) with none of its other work still in progress at the end of
 * that day. So a strategy discussion deciding on no further action while the assessment goes on leaves
 * the episode open, and the assessment then decides, as it does for any referral. Work that leads the
 * child into care (an assessment concluding that the child be looked after, a plan ended because the
 * child became looked after) leaves it open: a looked-after child is a child in need, and the period of
 * care keeps it open while it lasts. As for plans, an episode that closes on the reporting date is not
 * open at its end; nothing reopens a closed episode (a child referred again has a new one).
 *
 * @param startedOn the referral date
 * @param work      the episode's work: its assessment, and any strategy discussions, enquiries,
 *                  conferences, plans and periods of care within it
 */
public record ReferralEpisode(String referralId, String laChildId, LocalDate startedOn, List<Work> work) implements Involvement {

    public ReferralEpisode {
        work = List.copyOf(work);
    }

    /** The day the case closed; null while it is open. */
    @Override
    public LocalDate endedOn() {
        return work.stream().filter(Work::closesTheCase).map(Work::endedOn).filter(Objects::nonNull).sorted()
                .filter(day -> work.stream().noneMatch(other -> other.isInProgressAtEndOf(day)))
                .findFirst().orElse(null);
    }

    /**
     * One piece of an episode's work, in progress from the day it starts up to the day before it ends.
     *
     * @param endedOn       null while it is in progress
     * @param closesTheCase it ended in an outcome after which social care has nothing more to do: no
     *                      further action, a step-down to Early Help, the child moving away, or care ceasing
     */
    public record Work(LocalDate startedOn, LocalDate endedOn, boolean closesTheCase) {

        public boolean isInProgressAtEndOf(LocalDate day) {
            return Involvement.isOpenOn(startedOn, endedOn, day);
        }

        /**
         * The child and family assessment, from the referral to its authorisation (every referral has one);
         * closes the case when it concludes no further action or a step-down to Early Help, not when it leads
         * to a plan, a strategy discussion or care ({@link AssessmentOutcome#closesTheEpisode}).
         *
         * @param outcome null while the assessment is in progress
         */
        public static Work assessment(LocalDate referredOn, LocalDate authorisedOn, AssessmentOutcome outcome) {
            return new Work(referredOn, authorisedOn, outcome != null && outcome.closesTheEpisode());
        }

        /** A strategy discussion, the day it is held; closes the case when it decides on no further action. */
        public static Work strategyDiscussion(LocalDate heldOn, StrategyDecision decision) {
            return new Work(heldOn, heldOn, decision == StrategyDecision.NO_FURTHER_ACTION);
        }

        /**
         * A section 47 enquiry, from the strategy discussion that started it until it is completed, or, when
         * it decides on an initial conference, until that conference is held; closes the case when it decides
         * on no further action or Early Help.
         *
         * @param completedOn      null while the enquiry is in progress
         * @param decision         null while the enquiry is in progress
         * @param conferenceHeldOn the initial conference that followed it; null for none (yet)
         */
        public static Work enquiry(LocalDate startedOn, LocalDate completedOn, Section47Decision decision, LocalDate conferenceHeldOn) {
            if (conferenceHeldOn != null) {
                return new Work(startedOn, conferenceHeldOn, false);
            }
            boolean awaitsAConference = decision == Section47Decision.INITIAL_CONFERENCE;
            return new Work(startedOn, awaitsAConference ? null : completedOn,
                    decision == Section47Decision.NO_FURTHER_ACTION || decision == Section47Decision.EARLY_HELP);
        }

        /** An initial child protection conference, the day it is held; closes the case when it decides on no plan and no further action. */
        public static Work initialConference(LocalDate heldOn, IcpcDecision decision) {
            return new Work(heldOn, heldOn, decision == IcpcDecision.NO_PLAN_NO_FURTHER_ACTION);
        }

        /**
         * A child protection plan; closes the case when it ends in no further action, a step-down to Early Help
         * or a move away, not when the child steps down to a child in need plan or becomes looked after.
         *
         * @param endReason null while the plan is open, or when its end gave none
         */
        public static Work cpPlan(LocalDate startedOn, LocalDate endedOn, PlanEndReason endReason) {
            return new Work(startedOn, endedOn, endReason == PlanEndReason.NO_FURTHER_ACTION || endReason == PlanEndReason.MOVED_AWAY
                    || endReason == PlanEndReason.STEP_DOWN_TO_EARLY_HELP);
        }

        /**
         * A period of care in the referral's episode, from the day the child started to be looked after to the
         * day they stopped; closes the case when it ends, whatever the reason: leaving care, the child has
         * nothing more from social care unless other work of the episode goes on at the end of that day (a
         * child in need plan begun that day).
         *
         * @param ceasedOn null while the child is looked after
         * @param reason   null while the child is looked after
         */
        public static Work periodOfCare(LocalDate startedOn, LocalDate ceasedOn, ReasonCeased reason) {
            return new Work(startedOn, ceasedOn, ceasedOn != null);
        }

        /**
         * A child in need plan; closes the case when it ends in no further action, a step-down to Early Help or
         * a move away, not when the child steps up to child protection or becomes looked after.
         *
         * @param endReason null while the plan is open, or when its end gave none
         */
        public static Work cinPlan(LocalDate startedOn, LocalDate endedOn, CinPlanEndReason endReason) {
            return new Work(startedOn, endedOn, endReason == CinPlanEndReason.NO_FURTHER_ACTION || endReason == CinPlanEndReason.MOVED_AWAY
                    || endReason == CinPlanEndReason.STEP_DOWN_TO_EARLY_HELP);
        }
    }
}
