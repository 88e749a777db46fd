package org.caseflow.workflow.cpplan.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.caseflow.journey.events.childprotection.PlanEndReason;
import org.caseflow.journey.events.childprotection.ReviewDecision;
import org.caseflow.workflow.rules.RecurringWorkRules.Meeting;
import org.caseflow.workflow.cpplan.rules.CpPlanRules.ReviewConference;
import org.caseflow.workflow.rules.RecurringWorkRules.Visit;
import org.caseflow.workflow.rules.RuleViolation;
import org.junit.jupiter.api.Test;

/** What the visits, core groups and review conferences of a plan must record (rules T5 to T10). */
class CpPlanRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final LocalDate FROM = LocalDate.of(2026, 1, 15);

    @Test
    void aVisitIsDatedFromItsClockToTodayAndAChildSeenAloneWasSeen() {
        assertThatCode(() -> CpPlanRules.checkVisit(new Visit(FROM, FROM, true, true), TODAY)).as("the same day")
                .doesNotThrowAnyException();
        assertThatCode(() -> CpPlanRules.checkVisit(new Visit(FROM, TODAY, false, false), TODAY)).as("not seen, recorded")
                .doesNotThrowAnyException();
        assertThat(catchThrowableOfType(RuleViolation.class, () -> CpPlanRules.checkVisit(new Visit(FROM, FROM.minusDays(1), true, false),
                TODAY)).field()).isEqualTo("visitDate");
        assertThat(catchThrowableOfType(RuleViolation.class, () -> CpPlanRules.checkVisit(new Visit(FROM, TODAY.plusDays(1), true, false),
                TODAY)).getMessage()).contains("future");
        assertThat(catchThrowableOfType(RuleViolation.class, () -> CpPlanRules.checkVisit(new Visit(FROM, FROM, false, true),
                TODAY)).field()).isEqualTo("childSeenAlone");
    }

    @Test
    void aCoreGroupIsDatedFromItsClockToToday() {
        assertThatCode(() -> CpPlanRules.checkCoreGroup(new Meeting(FROM, FROM), TODAY)).doesNotThrowAnyException();
        assertThat(catchThrowableOfType(RuleViolation.class, () -> CpPlanRules.checkCoreGroup(new Meeting(FROM, FROM.minusDays(1)), TODAY))
                .field()).isEqualTo("coreGroupDate");
    }

    @Test
    void endingThePlanSaysWhy() {
        Meeting held = new Meeting(FROM, LocalDate.of(2026, 2, 27));
        assertThatCode(() -> CpPlanRules.checkReviewConference(new ReviewConference(held, ReviewDecision.CONTINUE_PLAN, null), TODAY))
                .doesNotThrowAnyException();
        assertThat(catchThrowableOfType(RuleViolation.class, () -> CpPlanRules.checkReviewConference(
                new ReviewConference(held, ReviewDecision.END_PLAN, null), TODAY)).field()).isEqualTo("planEndReason");
        assertThatCode(() -> CpPlanRules.checkReviewConference(new ReviewConference(held, ReviewDecision.END_PLAN,
                PlanEndReason.BECAME_LOOKED_AFTER), TODAY)).doesNotThrowAnyException();
        assertThat(catchThrowableOfType(RuleViolation.class, () -> CpPlanRules.checkReviewConference(
                new ReviewConference(new Meeting(FROM, FROM.minusDays(1)), ReviewDecision.CONTINUE_PLAN, null), TODAY)).field())
                .isEqualTo("reviewConferenceDate");
    }
}
