package org.caseflow.kpi.childinneed.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.caseflow.journey.events.assessment.AssessmentOutcome;
import org.caseflow.journey.events.childinneed.CinPlanEndReason;
import org.caseflow.journey.events.childprotection.IcpcDecision;
import org.caseflow.journey.events.childprotection.PlanEndReason;
import org.caseflow.journey.events.childprotection.Section47Decision;
import org.caseflow.journey.events.childprotection.StrategyDecision;
import org.caseflow.journey.events.lookedafter.ReasonCeased;
import org.caseflow.kpi.childinneed.rules.ReferralEpisode.Work;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** When a referral's episode of social care closes, for KPI cin-count: docs/statutory-rules.md section 5. */
class ReferralEpisodeTest {

    private static final LocalDate REFERRED = LocalDate.of(2024, 1, 15);

    @Test
    void anEpisodeIsOpenWhileItsAssessmentIsInProgress() {
        ReferralEpisode episode = episode(Work.assessment(REFERRED, null, null));

        assertThat(episode.endedOn()).isNull();
        assertThat(episode.isOpenOn(REFERRED)).as("from the referral date").isTrue();
        assertThat(episode.isOpenOn(REFERRED.minusDays(1))).isFalse();
        assertThat(episode.isOpenOn(LocalDate.of(2030, 12, 31))).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = AssessmentOutcome.class, names = {"NO_FURTHER_ACTION", "STEP_DOWN_TO_EARLY_HELP"})
    void anAssessmentConcludingThereIsNothingMoreForSocialCareToDoClosesTheEpisodeThatDay(AssessmentOutcome outcome) {
        // authorised on the last day of a leap February: closed at its end, open the day before
        ReferralEpisode episode = episode(Work.assessment(REFERRED, LocalDate.of(2024, 2, 29), outcome));

        assertThat(episode.endedOn()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(episode.isOpenOn(LocalDate.of(2024, 2, 28))).isTrue();
        assertThat(episode.isOpenOn(LocalDate.of(2024, 2, 29))).as("closed on the reporting date: not open at its end").isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = AssessmentOutcome.class, names = {"CHILD_IN_NEED_PLAN", "STRATEGY_DISCUSSION", "LOOKED_AFTER"})
    void anAssessmentLeadingToMoreWorkLeavesTheEpisodeOpen(AssessmentOutcome outcome) {
        assertThat(episode(Work.assessment(REFERRED, LocalDate.of(2024, 2, 29), outcome)).endedOn()).isNull();
    }

    @Test
    void aChildInNeedPlanKeepsTheEpisodeOpenUntilItEndsTheCase() {
        LocalDate assessed = LocalDate.of(2024, 3, 1);
        Work assessment = Work.assessment(REFERRED, assessed, AssessmentOutcome.CHILD_IN_NEED_PLAN);

        assertThat(episode(assessment, Work.cinPlan(assessed, null, null)).endedOn()).isNull();
        assertThat(episode(assessment, Work.cinPlan(assessed, LocalDate.of(2024, 9, 2), CinPlanEndReason.NO_FURTHER_ACTION)).endedOn())
                .isEqualTo(LocalDate.of(2024, 9, 2));
        assertThat(episode(assessment, Work.cinPlan(assessed, LocalDate.of(2024, 9, 2), CinPlanEndReason.MOVED_AWAY)).endedOn())
                .isEqualTo(LocalDate.of(2024, 9, 2));
        assertThat(episode(assessment, Work.cinPlan(assessed, LocalDate.of(2024, 9, 2), CinPlanEndReason.STEP_DOWN_TO_EARLY_HELP))
                .endedOn()).isEqualTo(LocalDate.of(2024, 9, 2));
    }

    @Test
    void aChildInNeedPlanSteppedUpToChildProtectionLeavesTheEpisodeOpen() {
        LocalDate steppedUp = LocalDate.of(2024, 9, 2);
        ReferralEpisode episode = episode(Work.assessment(REFERRED, LocalDate.of(2024, 3, 1), AssessmentOutcome.CHILD_IN_NEED_PLAN),
                Work.cinPlan(LocalDate.of(2024, 3, 1), steppedUp, CinPlanEndReason.STEP_UP_TO_CHILD_PROTECTION));

        assertThat(episode.endedOn()).isNull();
        assertThat(episode(Work.assessment(REFERRED, LocalDate.of(2024, 3, 1), AssessmentOutcome.CHILD_IN_NEED_PLAN),
                Work.cinPlan(LocalDate.of(2024, 3, 1), steppedUp, CinPlanEndReason.STEP_UP_TO_CHILD_PROTECTION),
                Work.strategyDiscussion(steppedUp, StrategyDecision.NO_FURTHER_ACTION)).endedOn())
                .as("until the strategy discussion decides on no further action").isEqualTo(steppedUp);
    }

    @Test
    void workEndingInNoFurtherActionWhileTheAssessmentGoesOnLeavesTheAssessmentToDecide() {
        LocalDate discussed = LocalDate.of(2024, 1, 22);
        Work discussion = Work.strategyDiscussion(discussed, StrategyDecision.NO_FURTHER_ACTION);

        assertThat(episode(Work.assessment(REFERRED, null, null), discussion).endedOn()).isNull();
        assertThat(episode(Work.assessment(REFERRED, LocalDate.of(2024, 3, 1), AssessmentOutcome.CHILD_IN_NEED_PLAN), discussion,
                Work.cinPlan(LocalDate.of(2024, 3, 1), null, null)).endedOn()).isNull();
        assertThat(episode(Work.assessment(REFERRED, LocalDate.of(2024, 3, 1), AssessmentOutcome.NO_FURTHER_ACTION), discussion)
                .endedOn()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(episode(Work.assessment(REFERRED, discussed, AssessmentOutcome.STRATEGY_DISCUSSION), discussion).endedOn())
                .as("the assessment authorised that same day").isEqualTo(discussed);
    }

    @ParameterizedTest(name = "an enquiry deciding {0} closes the episode: {1}")
    @CsvSource({"NO_FURTHER_ACTION, true", "EARLY_HELP, true", "CHILD_IN_NEED_PLAN, false", "INITIAL_CONFERENCE, false"})
    void anEnquiryClosesTheEpisodeWhenItDecidesThereIsNothingMoreForSocialCareToDo(Section47Decision decision, boolean closes) {
        LocalDate started = LocalDate.of(2024, 1, 22);
        LocalDate completed = LocalDate.of(2024, 2, 9);
        ReferralEpisode episode = episode(Work.assessment(REFERRED, started, AssessmentOutcome.STRATEGY_DISCUSSION),
                Work.strategyDiscussion(started, StrategyDecision.SECTION_47), Work.enquiry(started, completed, decision, null));

        assertThat(episode.endedOn()).isEqualTo(closes ? completed : null);
    }

    @Test
    void anEnquiryAwaitingItsConferenceIsWorkInProgress() {
        LocalDate started = LocalDate.of(2024, 1, 22);
        Work assessedNoFurtherAction = Work.assessment(REFERRED, LocalDate.of(2024, 2, 12), AssessmentOutcome.NO_FURTHER_ACTION);
        Work awaitingConference = Work.enquiry(started, LocalDate.of(2024, 2, 9), Section47Decision.INITIAL_CONFERENCE, null);

        assertThat(episode(assessedNoFurtherAction, awaitingConference).endedOn()).isNull();
        assertThat(episode(assessedNoFurtherAction,
                Work.enquiry(started, LocalDate.of(2024, 2, 9), Section47Decision.INITIAL_CONFERENCE, LocalDate.of(2024, 2, 13)),
                Work.initialConference(LocalDate.of(2024, 2, 13), IcpcDecision.NO_PLAN_NO_FURTHER_ACTION)).endedOn())
                .as("closed by the conference deciding on no further action").isEqualTo(LocalDate.of(2024, 2, 13));
        assertThat(Work.enquiry(started, null, null, LocalDate.of(2024, 2, 13)).endedOn())
                .as("a conference held ends the enquiry, its completion recorded or not").isEqualTo(LocalDate.of(2024, 2, 13));
    }

    @ParameterizedTest(name = "a conference deciding {0} closes the episode: {1}")
    @CsvSource({"NO_PLAN_NO_FURTHER_ACTION, true", "NO_PLAN_CHILD_IN_NEED, false", "CHILD_PROTECTION_PLAN, false"})
    void anInitialConferenceClosesTheEpisodeOnlyWithNoPlanAndNoFurtherAction(IcpcDecision decision, boolean closes) {
        LocalDate held = LocalDate.of(2024, 2, 13);
        ReferralEpisode episode = episode(Work.assessment(REFERRED, LocalDate.of(2024, 1, 22), AssessmentOutcome.STRATEGY_DISCUSSION),
                Work.enquiry(LocalDate.of(2024, 1, 22), LocalDate.of(2024, 2, 9), Section47Decision.INITIAL_CONFERENCE, held),
                Work.initialConference(held, decision));

        assertThat(episode.endedOn()).isEqualTo(closes ? held : null);
    }

    @ParameterizedTest(name = "a child protection plan ending in {0} closes the episode: {1}")
    @CsvSource({"NO_FURTHER_ACTION, true", "MOVED_AWAY, true", "STEP_DOWN_TO_EARLY_HELP, true", "STEP_DOWN_TO_CHILD_IN_NEED, false",
            "BECAME_LOOKED_AFTER, false"})
    void aChildProtectionPlanClosesTheEpisodeWhenItEndsTheCase(PlanEndReason reason, boolean closes) {
        LocalDate planStarted = LocalDate.of(2024, 2, 13);
        LocalDate planEnded = LocalDate.of(2025, 3, 31);
        ReferralEpisode episode = episode(Work.assessment(REFERRED, LocalDate.of(2024, 1, 22), AssessmentOutcome.STRATEGY_DISCUSSION),
                Work.initialConference(planStarted, IcpcDecision.CHILD_PROTECTION_PLAN), Work.cpPlan(planStarted, planEnded, reason));

        assertThat(episode.endedOn()).isEqualTo(closes ? planEnded : null);
        assertThat(episode.isOpenOn(LocalDate.of(2025, 3, 31))).as("at the end of the financial year").isEqualTo(!closes);
        assertThat(episode(Work.assessment(REFERRED, LocalDate.of(2024, 1, 22), AssessmentOutcome.STRATEGY_DISCUSSION),
                Work.cpPlan(planStarted, null, null)).endedOn()).as("while the plan is open").isNull();
    }

    @Test
    void aChildProtectionPlanSteppedDownToAChildInNeedPlanKeepsTheEpisodeOpenUntilThatPlanEnds() {
        LocalDate steppedDown = LocalDate.of(2024, 8, 12);
        ReferralEpisode episode = episode(Work.assessment(REFERRED, LocalDate.of(2024, 1, 22), AssessmentOutcome.STRATEGY_DISCUSSION),
                Work.cpPlan(LocalDate.of(2024, 2, 13), steppedDown, PlanEndReason.STEP_DOWN_TO_CHILD_IN_NEED),
                Work.cinPlan(steppedDown, LocalDate.of(2025, 1, 6), CinPlanEndReason.NO_FURTHER_ACTION));

        assertThat(episode.endedOn()).isEqualTo(LocalDate.of(2025, 1, 6));
        assertThat(episode.isOpenOn(steppedDown)).isTrue();
    }

    @Test
    void workEndingTheCaseWhileAPlanIsOpenLeavesTheEpisodeOpen() {
        // a further strategy discussion deciding on no further action while the child in need plan goes on
        LocalDate discussed = LocalDate.of(2024, 6, 3);
        ReferralEpisode episode = episode(Work.assessment(REFERRED, LocalDate.of(2024, 3, 1), AssessmentOutcome.CHILD_IN_NEED_PLAN),
                Work.cinPlan(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 9, 2), CinPlanEndReason.NO_FURTHER_ACTION),
                Work.strategyDiscussion(discussed, StrategyDecision.NO_FURTHER_ACTION));

        assertThat(episode.endedOn()).isEqualTo(LocalDate.of(2024, 9, 2));
    }

    @Test
    void aChildInNeedPlanEndedBecauseTheChildBecameLookedAfterLeavesTheEpisodeOpenWhileTheyAreInCare() {
        LocalDate intoCare = LocalDate.of(2024, 9, 2);
        Work assessment = Work.assessment(REFERRED, LocalDate.of(2024, 3, 1), AssessmentOutcome.CHILD_IN_NEED_PLAN);
        Work plan = Work.cinPlan(LocalDate.of(2024, 3, 1), intoCare, CinPlanEndReason.BECAME_LOOKED_AFTER);

        assertThat(episode(assessment, plan).endedOn()).as("the plan's end closes nothing").isNull();
        assertThat(episode(assessment, plan, Work.periodOfCare(intoCare, null, null)).endedOn()).isNull();
        assertThat(episode(assessment, plan, Work.periodOfCare(intoCare, null, null)).isOpenOn(LocalDate.of(2030, 3, 31))).isTrue();
    }

    @Test
    void anAssessmentConcludingTheChildBeLookedAfterLeavesTheEpisodeOpenUntilCareCeases() {
        LocalDate assessed = LocalDate.of(2024, 2, 29);
        LocalDate ceased = LocalDate.of(2025, 3, 31);
        Work assessment = Work.assessment(REFERRED, assessed, AssessmentOutcome.LOOKED_AFTER);

        ReferralEpisode inCare = episode(assessment, Work.periodOfCare(assessed, ceased, ReasonCeased.E4A));
        assertThat(inCare.endedOn()).as("care ceasing closes the case").isEqualTo(ceased);
        assertThat(inCare.isOpenOn(LocalDate.of(2025, 3, 30))).isTrue();
        assertThat(inCare.isOpenOn(ceased)).as("ceased at the end of the financial year: not open at its end").isFalse();
        assertThat(episode(assessment, Work.periodOfCare(assessed, ceased, ReasonCeased.E4A),
                Work.cinPlan(ceased, null, null)).endedOn()).as("unless a child in need plan begins that day").isNull();
    }

    @ParameterizedTest
    @EnumSource(ReasonCeased.class)
    void careCeasingClosesTheCaseWhateverTheReason(ReasonCeased reason) {
        LocalDate ceased = LocalDate.of(2024, 12, 24);
        ReferralEpisode episode = episode(Work.assessment(REFERRED, LocalDate.of(2024, 2, 1), AssessmentOutcome.CHILD_IN_NEED_PLAN),
                Work.cinPlan(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 4, 2), CinPlanEndReason.BECAME_LOOKED_AFTER),
                Work.periodOfCare(LocalDate.of(2024, 4, 2), ceased, reason));

        assertThat(episode.endedOn()).isEqualTo(ceased);
    }

    @Test
    void theFirstDayTheCaseClosesIsTheEpisodesEnd() {
        ReferralEpisode episode = episode(Work.assessment(REFERRED, LocalDate.of(2024, 1, 31), AssessmentOutcome.NO_FURTHER_ACTION),
                Work.strategyDiscussion(LocalDate.of(2024, 3, 4), StrategyDecision.NO_FURTHER_ACTION));

        assertThat(episode.endedOn()).isEqualTo(LocalDate.of(2024, 1, 31));
        assertThat(episode.isOpenOn(LocalDate.of(2024, 1, 30))).isTrue();
        assertThat(episode.isOpenOn(LocalDate.of(2024, 2, 29))).isFalse();
    }

    private static ReferralEpisode episode(Work... work) {
        return new ReferralEpisode("REF-1", "C1", REFERRED, List.of(work));
    }
}
