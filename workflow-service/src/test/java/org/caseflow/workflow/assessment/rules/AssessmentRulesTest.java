package org.caseflow.workflow.assessment.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.function.BiPredicate;
import org.caseflow.journey.events.assessment.AssessmentOutcome;
import org.caseflow.journey.events.assessment.AuthorisationDecision;
import org.caseflow.workflow.earlyhelp.rules.StepDownFocus;
import org.caseflow.workflow.rules.RuleViolation;
import org.junit.jupiter.api.Test;

/** Allocation, the child and family assessment and its authorisation (rule T3: due 45 working days after the referral). */
class AssessmentRulesTest {

    private static final LocalDate REFERRAL = LocalDate.of(2025, 12, 22);
    /** Working day 45 after Monday 22 December 2025 (docs/statutory-rules.md). */
    private static final LocalDate DUE = LocalDate.of(2026, 2, 26);
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final LocalDate SUBMITTED = LocalDate.of(2026, 2, 20);
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
        assertThatCode(() -> authorise(AuthorisationDecision.AUTHORISE, DUE, false)).doesNotThrowAnyException();
        assertThat(refusal(() -> authorise(AuthorisationDecision.AUTHORISE, DUE.plusDays(1), false)).field()).isEqualTo("lateReason");
        assertThatCode(() -> authorise(AuthorisationDecision.AUTHORISE, DUE.plusDays(1), true)).doesNotThrowAnyException();
        assertThatCode(() -> authorise(AuthorisationDecision.SEND_BACK, DUE.plusDays(1), false)).as("sent back, it is not complete")
                .doesNotThrowAnyException();
    }

    @Test
    void theManagerDecidesOnOrAfterItWasPutToThemWithTheirDirectionInWords() {
        assertThat(refusal(() -> authorise(AuthorisationDecision.AUTHORISE, SUBMITTED.minusDays(1), false)).field()).isEqualTo("oversightDate");
        assertThat(refusal(() -> authorise(AuthorisationDecision.AUTHORISE, TODAY.plusDays(1), false)).field()).isEqualTo("oversightDate");
        assertThat(refusal(() -> AssessmentRules.checkAuthorisation(new AssessmentRules.Authorisation(AuthorisationDecision.SEND_BACK,
                SUBMITTED, SUBMITTED, DUE, "  ", false), TODAY)).field()).isEqualTo("managerDirection");
    }

    @Test
    void anAssessmentStartsOnOrAfterItsReferralAndIsPutToTheManagerOnOrAfterItStarts() {
        assertThatCode(() -> assess(REFERRAL, REFERRAL, AssessmentOutcome.NO_FURTHER_ACTION, null)).as("all on the referral day")
                .doesNotThrowAnyException();
        assertThat(refusal(() -> assess(REFERRAL.minusDays(1), DUE, AssessmentOutcome.NO_FURTHER_ACTION, null)).field())
                .isEqualTo("assessmentStartDate");
        assertThat(refusal(() -> assess(LocalDate.of(2026, 1, 20), LocalDate.of(2026, 1, 19), AssessmentOutcome.NO_FURTHER_ACTION, null))
                .field()).isEqualTo("assessmentSubmittedDate");
    }

    @Test
    void aStepDownNamesItsNeedsOutcomesAndWhoLeads() {
        StepDownFocus focus = new StepDownFocus("Routines at home.", "Attends school every day.", "The school");
        assertThatCode(() -> assess(REFERRAL, DUE, AssessmentOutcome.STEP_DOWN_TO_EARLY_HELP, focus)).doesNotThrowAnyException();
        assertThat(refusal(() -> assess(REFERRAL, DUE, AssessmentOutcome.STEP_DOWN_TO_EARLY_HELP,
                new StepDownFocus(" ", "Attends school every day.", "The school"))).field()).isEqualTo("stepDownNeeds");
        assertThat(refusal(() -> assess(REFERRAL, DUE, AssessmentOutcome.STEP_DOWN_TO_EARLY_HELP,
                new StepDownFocus("Routines at home.", null, "The school"))).field()).isEqualTo("stepDownOutcomes");
        assertThat(refusal(() -> assess(REFERRAL, DUE, AssessmentOutcome.STEP_DOWN_TO_EARLY_HELP,
                new StepDownFocus("Routines at home.", "Attends school every day.", ""))).field()).isEqualTo("stepDownLead");
        assertThatCode(() -> assess(REFERRAL, DUE, AssessmentOutcome.CHILD_IN_NEED_PLAN, new StepDownFocus(null, null, null)))
                .as("only a step-down needs a focus").doesNotThrowAnyException();
    }

    private static void allocate(String worker, LocalDate on) {
        AssessmentRules.checkAllocation(new AssessmentRules.Allocation(worker, "team-north", on, REFERRAL), TODAY, NORTH);
    }

    private static void assess(LocalDate started, LocalDate submitted, AssessmentOutcome outcome, StepDownFocus focus) {
        AssessmentRules.checkAssessment(new AssessmentRules.Assessment(REFERRAL, started, submitted, outcome, focus), TODAY);
    }

    private static void authorise(AuthorisationDecision decision, LocalDate on, boolean lateReason) {
        AssessmentRules.checkAuthorisation(new AssessmentRules.Authorisation(decision, on, SUBMITTED, DUE, "Plan agreed.", lateReason),
                TODAY);
    }

    private static RuleViolation refusal(Runnable check) {
        RuleViolation[] caught = new RuleViolation[1];
        assertThatThrownBy(check::run).isInstanceOfSatisfying(RuleViolation.class, violation -> caught[0] = violation);
        return caught[0];
    }
}
