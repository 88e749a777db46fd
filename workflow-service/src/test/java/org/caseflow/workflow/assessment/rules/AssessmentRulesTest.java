package org.caseflow.workflow.assessment.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.function.BiPredicate;
import org.caseflow.workflow.rules.RuleViolation;
import org.junit.jupiter.api.Test;

/** Allocation and the child and family assessment (rule T3: due 45 working days after the referral). */
class AssessmentRulesTest {

    private static final LocalDate REFERRAL = LocalDate.of(2025, 12, 22);
    /** Working day 45 after Monday 22 December 2025 (docs/statutory-rules.md). */
    private static final LocalDate DUE = LocalDate.of(2026, 2, 26);
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final BiPredicate<String, String> NORTH = (worker, team) -> worker.equals("north.worker") && team.equals("team-north");

    @Test
    void aSocialWorkerOfTheTeamIsAllocatedOnOrAfterTheReferral() {
        assertThatCode(() -> allocate("north.worker", REFERRAL)).doesNotThrowAnyException();
        assertThat(refusal(() -> allocate("south.worker", REFERRAL)).field()).isEqualTo("allocatedWorker");
        assertThat(refusal(() -> allocate("north.worker", REFERRAL.minusDays(1))).field()).isEqualTo("allocationDate");
        assertThat(refusal(() -> allocate("north.worker", TODAY.plusDays(1))).getMessage()).contains("future");
    }

    @Test
    void anAssessmentAuthorisedOnItsDueDayNeedsNoReasonButADayLaterDoes() {
        assertThatCode(() -> assess(REFERRAL.plusDays(1), DUE, false)).doesNotThrowAnyException();
        assertThat(refusal(() -> assess(REFERRAL.plusDays(1), DUE.plusDays(1), false)).field()).isEqualTo("lateReason");
        assertThatCode(() -> assess(REFERRAL.plusDays(1), DUE.plusDays(1), true)).doesNotThrowAnyException();
    }

    @Test
    void anAssessmentStartsOnOrAfterItsReferralAndIsAuthorisedOnOrAfterItStarts() {
        assertThatCode(() -> assess(REFERRAL, REFERRAL, false)).as("all on the referral day").doesNotThrowAnyException();
        assertThat(refusal(() -> assess(REFERRAL.minusDays(1), DUE, false)).field()).isEqualTo("assessmentStartDate");
        assertThat(refusal(() -> assess(LocalDate.of(2026, 1, 20), LocalDate.of(2026, 1, 19), false)).field())
                .isEqualTo("assessmentAuthorisedDate");
    }

    private static void allocate(String worker, LocalDate on) {
        AssessmentRules.checkAllocation(new AssessmentRules.Allocation(worker, "team-north", on, REFERRAL), TODAY, NORTH);
    }

    private static void assess(LocalDate started, LocalDate authorised, boolean lateReason) {
        AssessmentRules.checkAssessment(new AssessmentRules.Assessment(REFERRAL, started, authorised, DUE, lateReason), TODAY);
    }

    private static RuleViolation refusal(Runnable check) {
        RuleViolation[] caught = new RuleViolation[1];
        assertThatThrownBy(check::run).isInstanceOfSatisfying(RuleViolation.class, violation -> caught[0] = violation);
        return caught[0];
    }
}
