package org.caseflow.workflow.frontdoor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import java.util.function.Predicate;
import org.caseflow.journey.events.frontdoor.ContactOutcome;
import org.caseflow.journey.events.frontdoor.ReferrerFollowUp;
import org.caseflow.workflow.rules.RuleViolation;
import org.junit.jupiter.api.Test;

/** The front door's decision (rule T1 times it; these say what it must record). */
class DecisionRulesTest {

    private static final LocalDate RECEIVED = LocalDate.of(2025, 12, 19);
    private static final LocalDate TODAY = LocalDate.of(2025, 12, 23);
    private static final Predicate<String> TEAMS = Set.of("team-north", "team-south")::contains;

    @Test
    void aDecisionIsDatedFromTheContactToTodayWithItsReasons() {
        assertThatCode(() -> check(ContactOutcome.NO_FURTHER_ACTION, RECEIVED, "Checked.", null)).as("the same day").doesNotThrowAnyException();
        assertThatCode(() -> check(ContactOutcome.NO_FURTHER_ACTION, TODAY, "Checked.", null)).as("today").doesNotThrowAnyException();
        assertThat(refusal(ContactOutcome.NO_FURTHER_ACTION, RECEIVED.minusDays(1), "Checked.", null).field()).isEqualTo("decisionDate");
        assertThat(refusal(ContactOutcome.NO_FURTHER_ACTION, TODAY.plusDays(1), "Checked.", null).getMessage()).contains("future");
        assertThat(refusal(ContactOutcome.EARLY_HELP, RECEIVED, " ", null).field()).isEqualTo("decisionRationale");
    }

    @Test
    void aReferralGoesToATeamThatTakesReferrals() {
        assertThatCode(() -> check(ContactOutcome.REFERRAL, RECEIVED, "Assess.", "team-south")).doesNotThrowAnyException();
        assertThat(refusal(ContactOutcome.REFERRAL, RECEIVED, "Assess.", null).field()).isEqualTo("assessmentTeam");
        assertThat(refusal(ContactOutcome.REFERRAL, RECEIVED, "Assess.", "front-door").getMessage()).contains("front-door");
        assertThat(refusal(ContactOutcome.STRATEGY_DISCUSSION, RECEIVED, "Injuries.", null).field())
                .as("an immediate strategy discussion opens a referral too").isEqualTo("assessmentTeam");
        assertThatCode(() -> check(ContactOutcome.STRATEGY_DISCUSSION, RECEIVED, "Injuries.", "team-north")).doesNotThrowAnyException();
        assertThatCode(() -> check(ContactOutcome.INFORMATION_AND_ADVICE, RECEIVED, "Advice.", null))
                .as("only a referral needs a team").doesNotThrowAnyException();
    }

    @Test
    void theReferrerWasToldHowAndWhenOrTheDecisionSaysWhyNot() {
        assertThatCode(() -> referrer(ReferrerFollowUp.TOLD, "By phone", RECEIVED, null)).doesNotThrowAnyException();
        assertThatCode(() -> referrer(ReferrerFollowUp.NOT_TOLD, null, null, "An anonymous caller.")).doesNotThrowAnyException();
        assertThat(referrerRefusal(ReferrerFollowUp.TOLD, " ", RECEIVED, null).field()).isEqualTo("referrerToldHow");
        assertThat(referrerRefusal(ReferrerFollowUp.TOLD, "By phone", null, null).field()).isEqualTo("referrerToldOn");
        assertThat(referrerRefusal(ReferrerFollowUp.TOLD, "By phone", RECEIVED.minusDays(1), null).field()).isEqualTo("referrerToldOn");
        assertThat(referrerRefusal(ReferrerFollowUp.TOLD, "By phone", TODAY.plusDays(1), null).getMessage()).contains("future");
        assertThat(referrerRefusal(ReferrerFollowUp.NOT_TOLD, null, null, "").field()).isEqualTo("referrerNotToldReason");
    }

    private static void referrer(ReferrerFollowUp followUp, String how, LocalDate on, String whyNot) {
        DecisionRules.checkReferrer(new DecisionRules.Referrer(followUp, how, on, whyNot), RECEIVED, TODAY);
    }

    private static RuleViolation referrerRefusal(ReferrerFollowUp followUp, String how, LocalDate on, String whyNot) {
        RuleViolation[] caught = new RuleViolation[1];
        assertThatThrownBy(() -> referrer(followUp, how, on, whyNot)).isInstanceOfSatisfying(RuleViolation.class, v -> caught[0] = v);
        return caught[0];
    }

    private static void check(ContactOutcome outcome, LocalDate decided, String rationale, String team) {
        DecisionRules.check(new DecisionRules.Decision(outcome, decided, RECEIVED, rationale, team), TODAY, TEAMS);
    }

    private static RuleViolation refusal(ContactOutcome outcome, LocalDate decided, String rationale, String team) {
        RuleViolation[] caught = new RuleViolation[1];
        assertThatThrownBy(() -> check(outcome, decided, rationale, team)).isInstanceOfSatisfying(RuleViolation.class, v -> caught[0] = v);
        return caught[0];
    }
}
