package org.caseflow.kpi.contacts.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.caseflow.journey.events.frontdoor.ContactOutcome;
import org.caseflow.kpi.contacts.rules.DecisionShare.OutcomeCount;
import org.caseflow.kpi.contacts.rules.DecisionShare.Share;
import org.junit.jupiter.api.Test;

/** KPIs contacts-to-early-help and contacts-to-referral, docs/statutory-rules.md section 5. */
class DecisionShareTest {

    private static final List<OutcomeCount> MONTH = List.of(new OutcomeCount(ContactOutcome.EARLY_HELP, 3),
            new OutcomeCount(ContactOutcome.REFERRAL, 4), new OutcomeCount(ContactOutcome.NO_FURTHER_ACTION, 2),
            new OutcomeCount(ContactOutcome.INFORMATION_AND_ADVICE, 1), new OutcomeCount(ContactOutcome.STRATEGY_DISCUSSION, 1),
            new OutcomeCount(null, 5));

    @Test
    void earlyHelpDecisionsOutOfEveryDecisionAndUndecidedContactsInNeither() {
        assertThat(DecisionShare.toEarlyHelp(MONTH)).isEqualTo(new Share(3, 11));
    }

    @Test
    void aReferralAndAnImmediateStrategyDiscussionEachOpenAReferral() {
        assertThat(DecisionShare.toAReferral(MONTH)).isEqualTo(new Share(5, 11));
        assertThat(DecisionShare.toAReferral(List.of(new OutcomeCount(ContactOutcome.STRATEGY_DISCUSSION, 2),
                new OutcomeCount(ContactOutcome.EARLY_HELP, 2)))).isEqualTo(new Share(2, 4));
    }

    @Test
    void aMonthWithNoDecisionYetHasNothingToShare() {
        assertThat(DecisionShare.toEarlyHelp(List.of(new OutcomeCount(null, 2)))).isEqualTo(new Share(0, 0));
        assertThat(DecisionShare.toEarlyHelp(List.of())).isEqualTo(new Share(0, 0));
        assertThat(DecisionShare.toAReferral(List.of(new OutcomeCount(null, 2)))).isEqualTo(new Share(0, 0));
    }
}
