package org.caseflow.kpi.contacts.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.caseflow.journey.events.frontdoor.ContactOutcome;
import org.caseflow.kpi.contacts.rules.EarlyHelpShare.OutcomeCount;
import org.caseflow.kpi.contacts.rules.EarlyHelpShare.Share;
import org.junit.jupiter.api.Test;

/** KPI contacts-to-early-help, docs/statutory-rules.md section 5. */
class EarlyHelpShareTest {

    @Test
    void earlyHelpDecisionsOutOfEveryDecisionAndUndecidedContactsInNeither() {
        Share share = EarlyHelpShare.of(List.of(new OutcomeCount(ContactOutcome.EARLY_HELP, 3),
                new OutcomeCount(ContactOutcome.REFERRAL, 4), new OutcomeCount(ContactOutcome.NO_FURTHER_ACTION, 2),
                new OutcomeCount(ContactOutcome.INFORMATION_AND_ADVICE, 1), new OutcomeCount(ContactOutcome.STRATEGY_DISCUSSION, 1),
                new OutcomeCount(null, 5)));

        assertThat(share).isEqualTo(new Share(3, 11));
    }

    @Test
    void aMonthWithNoDecisionYetHasNothingToShare() {
        assertThat(EarlyHelpShare.of(List.of(new OutcomeCount(null, 2)))).isEqualTo(new Share(0, 0));
        assertThat(EarlyHelpShare.of(List.of())).isEqualTo(new Share(0, 0));
    }
}
