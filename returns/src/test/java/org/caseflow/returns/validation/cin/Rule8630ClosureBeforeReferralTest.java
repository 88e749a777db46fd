package org.caseflow.returns.validation.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.returns.fixtures.ChildBuilder.child;
import static org.caseflow.returns.fixtures.EpisodeBuilder.referral;
import static org.caseflow.returns.fixtures.Journeys.YEAR_2025_26;

import java.time.LocalDate;
import java.util.List;
import org.caseflow.returns.fixtures.EpisodeBuilder;
import org.caseflow.returns.record.ReasonForClosure;
import org.junit.jupiter.api.Test;

class Rule8630ClosureBeforeReferralTest {

    private static final LocalDate REFERRAL = LocalDate.of(2025, 6, 10);
    private final Rule8630ClosureBeforeReferral rule = new Rule8630ClosureBeforeReferral();

    private List<String> failures(EpisodeBuilder episode) {
        return rule.failures(child("CF1").episode(episode).build(), YEAR_2025_26);
    }

    @Test
    void closing_on_the_day_of_referral_passes() {
        assertThat(failures(referral(REFERRAL).closed(REFERRAL, ReasonForClosure.RC8))).isEmpty();
    }

    @Test
    void closing_the_day_before_the_referral_fails() {
        assertThat(failures(referral(REFERRAL).closed(REFERRAL.minusDays(1), ReasonForClosure.RC8)))
                .containsExactly("CINdetails referred 2025-06-10");
    }

    @Test
    void an_open_episode_passes() {
        assertThat(failures(referral(REFERRAL))).isEmpty();
    }
}
