package org.caseflow.workflow.childprotection.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.caseflow.journey.events.childprotection.AbuseCategory;
import org.caseflow.journey.events.childprotection.EndorsementDecision;
import org.caseflow.journey.events.childprotection.IcpcDecision;
import org.caseflow.journey.events.childprotection.Section47Decision;
import org.caseflow.journey.events.childprotection.Section47Outcome;
import org.caseflow.workflow.childprotection.rules.ChildProtectionRules.Endorsement;
import org.caseflow.workflow.childprotection.rules.ChildProtectionRules.Enquiry;
import org.caseflow.workflow.childprotection.rules.ChildProtectionRules.InitialConference;
import org.caseflow.workflow.childprotection.rules.ChildProtectionRules.StrategyDiscussion;
import org.caseflow.workflow.earlyhelp.rules.StepDownFocus;
import org.caseflow.workflow.rules.RuleViolation;
import org.junit.jupiter.api.Test;

/** What the strategy discussion, the section 47 enquiry and the initial conference must record (rules T2, T4). */
class ChildProtectionRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 20);
    private static final LocalDate STARTED = LocalDate.of(2025, 12, 22);
    /** 15 working days after Monday 22 December 2025, Christmas, Boxing Day and New Year's Day skipped. */
    private static final LocalDate ICPC_DUE = LocalDate.of(2026, 1, 15);
    private static final StepDownFocus NO_FOCUS = new StepDownFocus(null, null, null);

    @Test
    void aStrategyDiscussionIsHeldOnOrAfterTheDecisionToHoldOneWithItsReasons() {
        assertThatCode(() -> ChildProtectionRules.checkStrategyDiscussion(new StrategyDiscussion(STARTED, STARTED, "Agreed."), TODAY))
                .doesNotThrowAnyException();
        assertThat(refusal(() -> ChildProtectionRules.checkStrategyDiscussion(
                new StrategyDiscussion(STARTED, STARTED.minusDays(1), "Agreed."), TODAY)).field()).isEqualTo("strategyDate");
        assertThat(refusal(() -> ChildProtectionRules.checkStrategyDiscussion(
                new StrategyDiscussion(STARTED, TODAY.plusDays(1), "Agreed."), TODAY)).getMessage()).contains("future");
        assertThat(refusal(() -> ChildProtectionRules.checkStrategyDiscussion(
                new StrategyDiscussion(STARTED, STARTED, " "), TODAY)).field()).isEqualTo("strategyRationale");
    }

    @Test
    void anEnquirySeesTheChildAndIsCompletedWithinItself() {
        assertThatCode(() -> check(enquiry(STARTED, null, STARTED.plusDays(10)))).as("the child seen on the first day")
                .doesNotThrowAnyException();
        assertThat(refusal(() -> check(enquiry(STARTED.minusDays(1), null, STARTED.plusDays(10)))).field()).isEqualTo("childSeenDate");
        assertThat(refusal(() -> check(enquiry(STARTED.plusDays(3), null, STARTED.plusDays(2)))).field()).isEqualTo("s47CompletedDate");
    }

    @Test
    void aFurtherStrategyDiscussionFallsWithinTheEnquiry() {
        assertThatCode(() -> check(enquiry(STARTED, STARTED, STARTED.plusDays(10)))).as("on the day it started")
                .doesNotThrowAnyException();
        assertThatCode(() -> check(enquiry(STARTED, STARTED.plusDays(10), STARTED.plusDays(10)))).as("on the day it completed")
                .doesNotThrowAnyException();
        assertThat(refusal(() -> check(enquiry(STARTED, STARTED.minusDays(1), STARTED.plusDays(10)))).field())
                .isEqualTo("furtherStrategyDate");
        assertThat(refusal(() -> check(enquiry(STARTED, STARTED.plusDays(11), STARTED.plusDays(10)))).field())
                .isEqualTo("furtherStrategyDate");
    }

    @Test
    void onlySubstantiatedConcernsWithTheirCategoryGoToAConference() {
        assertThat(refusal(() -> check(new Enquiry(STARTED, STARTED, null, STARTED, Section47Outcome.CONCERNS_SUBSTANTIATED, null,
                Section47Decision.CHILD_IN_NEED_PLAN, false, NO_FOCUS))).field()).isEqualTo("s47Category");
        assertThat(refusal(() -> check(new Enquiry(STARTED, STARTED, null, STARTED, Section47Outcome.CONCERNS_NOT_SUBSTANTIATED, null,
                Section47Decision.INITIAL_CONFERENCE, false, NO_FOCUS))).field()).isEqualTo("s47Decision");
        assertThatCode(() -> check(new Enquiry(STARTED, STARTED, null, STARTED, Section47Outcome.CONCERNS_NOT_SUBSTANTIATED, null,
                Section47Decision.NO_FURTHER_ACTION, false, NO_FOCUS))).doesNotThrowAnyException();
    }

    @Test
    void aChildAlreadyOnAPlanHasItsReviewConferenceBroughtForwardNotASecondInitialOne() {
        Enquiry onAPlan = new Enquiry(STARTED, STARTED, null, STARTED, Section47Outcome.CONCERNS_SUBSTANTIATED, AbuseCategory.NEGLECT,
                Section47Decision.INITIAL_CONFERENCE, true, NO_FOCUS);
        assertThat(refusal(() -> check(onAPlan)).getMessage()).contains("bring its review conference forward");
        assertThatCode(() -> check(new Enquiry(STARTED, STARTED, null, STARTED, Section47Outcome.CONCERNS_SUBSTANTIATED,
                AbuseCategory.NEGLECT, Section47Decision.REVIEW_CONFERENCE, true, NO_FOCUS))).doesNotThrowAnyException();
        assertThat(refusal(() -> check(new Enquiry(STARTED, STARTED, null, STARTED, Section47Outcome.CONCERNS_SUBSTANTIATED,
                AbuseCategory.NEGLECT, Section47Decision.REVIEW_CONFERENCE, false, NO_FOCUS))).getMessage()).contains("no review conference");
    }

    @Test
    void aStepDownNamesItsFocusBeforeItIsPutToTheManager() {
        assertThat(refusal(() -> check(new Enquiry(STARTED, STARTED, null, STARTED, Section47Outcome.CONCERNS_NOT_SUBSTANTIATED, null,
                Section47Decision.EARLY_HELP, false, new StepDownFocus("Routines at home.", null, "The school")))).field())
                .isEqualTo("stepDownOutcomes");
        assertThatCode(() -> check(new Enquiry(STARTED, STARTED, null, STARTED, Section47Outcome.CONCERNS_NOT_SUBSTANTIATED, null,
                Section47Decision.EARLY_HELP, false, new StepDownFocus("Routines at home.", "Attends school.", "The school"))))
                .doesNotThrowAnyException();
    }

    @Test
    void theManagerEndorsesOnOrAfterTheEnquiryWasPutToThemWithTheirDirection() {
        LocalDate completed = STARTED.plusDays(10);
        assertThatCode(() -> ChildProtectionRules.checkEndorsement(new Endorsement(EndorsementDecision.ENDORSE, completed, completed,
                "Outcome agreed."), TODAY)).as("the same day, after the conference's due date too").doesNotThrowAnyException();
        assertThatCode(() -> ChildProtectionRules.checkEndorsement(new Endorsement(EndorsementDecision.ENDORSE, ICPC_DUE.plusDays(1),
                completed, "Outcome agreed."), TODAY)).doesNotThrowAnyException();
        assertThat(refusal(() -> ChildProtectionRules.checkEndorsement(new Endorsement(EndorsementDecision.SEND_BACK,
                completed.minusDays(1), completed, "See the father."), TODAY)).field()).isEqualTo("oversightDate");
        assertThat(refusal(() -> ChildProtectionRules.checkEndorsement(new Endorsement(EndorsementDecision.ENDORSE,
                TODAY.plusDays(1), completed, "Outcome agreed."), TODAY)).getMessage()).contains("future");
        assertThat(refusal(() -> ChildProtectionRules.checkEndorsement(new Endorsement(EndorsementDecision.SEND_BACK,
                completed, completed, " "), TODAY)).field()).isEqualTo("managerDirection");
    }

    @Test
    void aConferenceOnDay15IsInTimeAndOnDay16MustSayWhy() {
        assertThatCode(() -> conference(ICPC_DUE, IcpcDecision.NO_PLAN_CHILD_IN_NEED, null, null, false)).doesNotThrowAnyException();
        assertThat(refusal(() -> conference(ICPC_DUE.plusDays(1), IcpcDecision.NO_PLAN_CHILD_IN_NEED, null, null, false)).field())
                .isEqualTo("icpcLateReason");
        assertThatCode(() -> conference(ICPC_DUE.plusDays(1), IcpcDecision.NO_PLAN_CHILD_IN_NEED, null, null, true))
                .doesNotThrowAnyException();
    }

    @Test
    void aPlanNamesItsCategoryAndALeadSocialWorkerOfTheTeam() {
        assertThatCode(() -> conference(ICPC_DUE, IcpcDecision.CHILD_PROTECTION_PLAN, AbuseCategory.NEGLECT, "north.worker", false))
                .doesNotThrowAnyException();
        assertThat(refusal(() -> conference(ICPC_DUE, IcpcDecision.CHILD_PROTECTION_PLAN, null, "north.worker", false)).field())
                .isEqualTo("planCategory");
        assertThat(refusal(() -> conference(ICPC_DUE, IcpcDecision.CHILD_PROTECTION_PLAN, AbuseCategory.NEGLECT, "south.worker", false))
                .field()).isEqualTo("leadSocialWorker");
        assertThat(refusal(() -> conference(STARTED.minusDays(1), IcpcDecision.NO_PLAN_NO_FURTHER_ACTION, null, null, false)).field())
                .as("not before the enquiry started").isEqualTo("icpcDate");
    }

    private static Enquiry enquiry(LocalDate childSeen, LocalDate furtherStrategy, LocalDate completed) {
        return new Enquiry(STARTED, childSeen, furtherStrategy, completed, Section47Outcome.CONCERNS_SUBSTANTIATED,
                AbuseCategory.NEGLECT, Section47Decision.INITIAL_CONFERENCE, false, NO_FOCUS);
    }

    private static void check(Enquiry enquiry) {
        ChildProtectionRules.checkEnquiry(enquiry, TODAY);
    }

    private static void conference(LocalDate heldOn, IcpcDecision decision, AbuseCategory category, String lead, boolean lateReason) {
        ChildProtectionRules.checkInitialConference(new InitialConference(STARTED, heldOn, ICPC_DUE, "Chair", decision, category, lead,
                "team-north", lateReason), TODAY, "north.worker"::equals);
    }

    private static RuleViolation refusal(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        return catchThrowableOfType(RuleViolation.class, call);
    }
}
