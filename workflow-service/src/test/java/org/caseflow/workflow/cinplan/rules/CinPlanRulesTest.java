package org.caseflow.workflow.cinplan.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.caseflow.journey.events.childinneed.CinPlanEndReason;
import org.caseflow.journey.events.childinneed.CinReviewDecision;
import org.caseflow.workflow.rules.RecurringWorkRules.Meeting;
import org.caseflow.workflow.rules.RecurringWorkRules.Visit;
import org.caseflow.workflow.rules.RuleViolation;
import org.junit.jupiter.api.Test;

/** What a child in need plan's visits (local rule T11) and reviews (local rule T23) must record. */
class CinPlanRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final LocalDate FROM = LocalDate.of(2026, 1, 15);

    @Test
    void aVisitIsNamedByTheChildInNeedFormsFields() {
        assertThatCode(() -> CinPlanRules.checkVisit(new Visit(FROM, FROM, true, true), TODAY)).doesNotThrowAnyException();
        assertThat(catchThrowableOfType(RuleViolation.class, () -> CinPlanRules.checkVisit(new Visit(FROM, FROM.minusDays(1), true, false),
                TODAY)).field()).isEqualTo("cinVisitDate");
        assertThat(catchThrowableOfType(RuleViolation.class, () -> CinPlanRules.checkVisit(new Visit(FROM, FROM, false, true),
                TODAY)).field()).isEqualTo("cinChildSeenAlone");
    }

    @Test
    void endingThePlanSaysWhereTheChildGoes() {
        Meeting held = new Meeting(FROM, LocalDate.of(2026, 2, 27));
        assertThatCode(() -> CinPlanRules.checkReview(new CinPlanRules.Review(held, CinReviewDecision.CONTINUE_PLAN, null), TODAY))
                .doesNotThrowAnyException();
        assertThat(catchThrowableOfType(RuleViolation.class, () -> CinPlanRules.checkReview(
                new CinPlanRules.Review(held, CinReviewDecision.END_PLAN, null), TODAY)).field()).isEqualTo("cinPlanEndReason");
        assertThatCode(() -> CinPlanRules.checkReview(new CinPlanRules.Review(held, CinReviewDecision.END_PLAN,
                CinPlanEndReason.STEP_DOWN_TO_EARLY_HELP), TODAY)).doesNotThrowAnyException();
        assertThat(catchThrowableOfType(RuleViolation.class, () -> CinPlanRules.checkReview(new CinPlanRules.Review(
                new Meeting(FROM, TODAY.plusDays(1)), CinReviewDecision.CONTINUE_PLAN, null), TODAY)).getMessage()).contains("future");
    }
}
