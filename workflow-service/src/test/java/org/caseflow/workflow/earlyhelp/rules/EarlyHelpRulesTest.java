package org.caseflow.workflow.earlyhelp.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.caseflow.journey.events.earlyhelp.EarlyHelpClosure;
import org.caseflow.journey.events.earlyhelp.EarlyHelpReviewDecision;
import org.caseflow.workflow.frontdoor.rules.ContactRules;
import org.caseflow.workflow.rules.RecurringWorkRules.Meeting;
import org.caseflow.workflow.rules.RuleViolation;
import org.junit.jupiter.api.Test;

/** What an Early Help episode must record: the request, a step-down's acceptance (T26), the assessment (T24), the reviews (T25). */
class EarlyHelpRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final ContactRules.Child NEW_CHILD = new ContactRules.Child(false, "Poppy", "Help", LocalDate.of(2019, 7, 7), null);

    @Test
    void aPartnersRequestNamesTheChildWhoAskedAndWhy() {
        assertThatCode(() -> EarlyHelpRules.checkRequest(new EarlyHelpRules.Request(NEW_CHILD, TODAY, "School", "Routines."), TODAY))
                .doesNotThrowAnyException();
        assertThat(field(() -> EarlyHelpRules.checkRequest(new EarlyHelpRules.Request(NEW_CHILD, TODAY, " ", "Routines."), TODAY)))
                .isEqualTo("ehRequestedBy");
        assertThat(field(() -> EarlyHelpRules.checkRequest(new EarlyHelpRules.Request(NEW_CHILD, TODAY, "School", null), TODAY)))
                .isEqualTo("ehRequestReason");
        assertThat(field(() -> EarlyHelpRules.checkRequest(new EarlyHelpRules.Request(NEW_CHILD, TODAY.plusDays(1), "School", "R."),
                TODAY))).isEqualTo("ehStartDate");
        assertThat(field(() -> EarlyHelpRules.checkRequest(new EarlyHelpRules.Request(
                new ContactRules.Child(false, "Poppy", "Help", null, null), TODAY, "School", "R."), TODAY))).isEqualTo("childDateOfBirth");
    }

    @Test
    void aStepDownIsAcceptedOnOrAfterItByAnEarlyHelpPractitioner() {
        LocalDate steppedDown = LocalDate.of(2026, 2, 27);
        assertThatCode(() -> EarlyHelpRules.checkTransfer(new EarlyHelpRules.Transfer(steppedDown, steppedDown, "eh.worker"), TODAY,
                "eh.worker"::equals)).doesNotThrowAnyException();
        assertThat(field(() -> EarlyHelpRules.checkTransfer(new EarlyHelpRules.Transfer(steppedDown, steppedDown.minusDays(1), "eh.worker"),
                TODAY, "eh.worker"::equals))).isEqualTo("ehTransferAcceptedDate");
        assertThat(field(() -> EarlyHelpRules.checkTransfer(new EarlyHelpRules.Transfer(steppedDown, steppedDown, "north.worker"),
                TODAY, "eh.worker"::equals))).isEqualTo("ehLeadPractitioner");
    }

    @Test
    void aReviewThatClosesSaysHowAndOneThatStepsUpSaysWhy() {
        Meeting held = new Meeting(LocalDate.of(2026, 1, 20), LocalDate.of(2026, 2, 27));
        assertThatCode(() -> review(held, EarlyHelpReviewDecision.CLOSE, EarlyHelpClosure.NEEDS_MET, null)).doesNotThrowAnyException();
        assertThat(field(() -> review(held, EarlyHelpReviewDecision.CLOSE, null, null))).isEqualTo("ehClosure");
        assertThat(field(() -> review(held, EarlyHelpReviewDecision.CLOSE, EarlyHelpClosure.STEPPED_UP, null)))
                .as("stepped up only when the front door accepts").isEqualTo("ehClosure");
        assertThat(field(() -> review(held, EarlyHelpReviewDecision.STEP_UP, null, " "))).isEqualTo("stepUpReason");
        assertThatCode(() -> review(held, EarlyHelpReviewDecision.STEP_UP, null, "Worsening neglect.")).doesNotThrowAnyException();
        assertThat(field(() -> EarlyHelpRules.checkAssessment(new Meeting(held.countedFrom(), held.countedFrom().minusDays(1)), TODAY)))
                .isEqualTo("ehAssessmentDate");
    }

    private static void review(Meeting held, EarlyHelpReviewDecision decision, EarlyHelpClosure closure, String reason) {
        EarlyHelpRules.checkReview(new EarlyHelpRules.Review(held, decision, closure, reason), TODAY);
    }

    private static String field(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        return catchThrowableOfType(RuleViolation.class, call).field();
    }
}
