package org.caseflow.kpi.childinneed.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.caseflow.journey.events.assessment.AssessmentOutcome;
import org.caseflow.journey.events.lookedafter.LegalStatus;
import org.caseflow.journey.events.lookedafter.ReasonCeased;
import org.caseflow.kpi.childinneed.rules.ReferralEpisode.Work;
import org.caseflow.kpi.cpplans.rules.CpPlan;
import org.caseflow.kpi.lookedafter.rules.CarePeriod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who is a child in need at the end of a reporting date, as the CIN census counts them: KPI cin-count, docs/statutory-rules.md section 5. */
class ChildrenInNeedTest {

    private static final LocalDate MONTH_END = LocalDate.of(2025, 3, 31);

    @ParameterizedTest(name = "{0}: a child in need plan from {1} to {2} is open at the end of {3}: {4}")
    @CsvSource(nullValues = "-", value = {
            "started that day,                       2024-02-29, -,          2024-02-29, true",
            "starts the day after,                   2024-03-01, -,          2024-02-29, false",
            "ends that day: an ended plan,           2023-11-20, 2024-02-29, 2024-02-29, false",
            "ends the day after,                     2023-11-20, 2024-03-01, 2024-02-29, true",
            "started and ended the same day,         2024-02-29, 2024-02-29, 2024-02-29, false",
            "open across the financial year end,     2025-03-31, 2025-04-01, 2025-03-31, true"})
    void aChildInNeedPlanIsOpenFromItsStartUntilTheDayItEnds(String why, LocalDate started, LocalDate ended, LocalDate on, boolean open) {
        assertThat(new CinPlan("CIN-1", "C1", started, ended).isOpenOn(on)).isEqualTo(open);
    }

    @Test
    void aChildWithAnOpenReferralAChildInNeedPlanAChildProtectionPlanOrLookedAfterIsInNeedEachOnce() {
        List<ReferralEpisode> episodes = List.of(
                // C1: assessment in progress
                referral("REF-1", "C1", LocalDate.of(2025, 3, 10), null, null),
                // C2: assessed as needing a plan, and on it; counted once
                referral("REF-2", "C2", LocalDate.of(2025, 1, 6), LocalDate.of(2025, 2, 3), AssessmentOutcome.CHILD_IN_NEED_PLAN),
                // C3: closed with no further action at the month end
                referral("REF-3", "C3", LocalDate.of(2025, 2, 3), MONTH_END, AssessmentOutcome.NO_FURTHER_ACTION),
                // C4: referred the day after
                referral("REF-4", "C4", LocalDate.of(2025, 4, 1), null, null));
        List<CinPlan> cinPlans = List.of(new CinPlan("CIN-2", "C2", LocalDate.of(2025, 2, 3), null),
                // C5: a plan whose referral Caseflow does not hold
                new CinPlan("CIN-5", "C5", LocalDate.of(2024, 12, 2), null));
        List<CpPlan> cpPlans = List.of(new CpPlan("CPP-6", "C6", LocalDate.of(2024, 6, 3), null),
                // C7: plan ended that day
                new CpPlan("CPP-7", "C7", LocalDate.of(2024, 6, 3), MONTH_END),
                // C1 again: on a child protection plan as well
                new CpPlan("CPP-8", "C1", LocalDate.of(2025, 3, 20), null));
        List<CarePeriod> periodsOfCare = List.of(
                // C8: looked after, in a referral Caseflow does not hold (police protection)
                new CarePeriod("LAC-8", "C8", LocalDate.of(2025, 1, 10), null, LegalStatus.L1, null),
                // C9: looked after only under short breaks: not counted as looked after, still a child in need
                new CarePeriod("LAC-9", "C9", LocalDate.of(2024, 9, 2), null, LegalStatus.V3, null),
                // C10: ceased care that day
                new CarePeriod("LAC-10", "C10", LocalDate.of(2023, 5, 2), MONTH_END, LegalStatus.C2, ReasonCeased.E41),
                // C6 again: on a plan before, looked after now
                new CarePeriod("LAC-6", "C6", LocalDate.of(2025, 3, 31), null, LegalStatus.C1, null));

        assertThat(ChildrenInNeed.on(MONTH_END, episodes, cinPlans, cpPlans, periodsOfCare))
                .containsExactlyInAnyOrder("C1", "C2", "C5", "C6", "C8", "C9");
        assertThat(ChildrenInNeed.on(MONTH_END.minusDays(1), episodes, cinPlans, cpPlans, periodsOfCare))
                .as("the day before, C3's referral, C7's plan and C10's period of care were still open")
                .containsExactlyInAnyOrder("C1", "C2", "C3", "C5", "C6", "C7", "C8", "C9", "C10");
        assertThat(ChildrenInNeed.on(MONTH_END, List.of(), List.of(), List.of(), List.of())).isEmpty();
    }

    private static ReferralEpisode referral(String referralId, String child, LocalDate referred, LocalDate assessed,
            AssessmentOutcome outcome) {
        return new ReferralEpisode(referralId, child, referred, List.of(Work.assessment(referred, assessed, outcome)));
    }
}
