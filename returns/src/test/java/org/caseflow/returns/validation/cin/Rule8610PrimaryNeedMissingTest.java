package org.caseflow.returns.validation.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.returns.fixtures.ChildBuilder.child;
import static org.caseflow.returns.fixtures.EpisodeBuilder.referral;
import static org.caseflow.returns.fixtures.Journeys.YEAR_2025_26;

import java.time.LocalDate;
import java.util.List;
import org.caseflow.returns.fixtures.EpisodeBuilder;
import org.caseflow.returns.record.PrimaryNeed;
import org.junit.jupiter.api.Test;

class Rule8610PrimaryNeedMissingTest {

    private final Rule8610PrimaryNeedMissing rule = new Rule8610PrimaryNeedMissing();

    private List<String> failures(EpisodeBuilder episode) {
        return rule.failures(child("CF1").episode(episode).build(), YEAR_2025_26);
    }

    @Test
    void a_referral_going_on_to_further_action_without_a_primary_need_fails() {
        assertThat(failures(referral(LocalDate.of(2025, 4, 1)).primaryNeed(null))).containsExactly("CINdetails referred 2025-04-01");
    }

    @Test
    void a_referral_with_no_further_action_needs_no_primary_need() {
        assertThat(failures(referral(LocalDate.of(2025, 4, 1)).primaryNeed(null).noFurtherAction())).isEmpty();
    }

    @Test
    void not_stated_is_a_primary_need_code() {
        assertThat(failures(referral(LocalDate.of(2025, 4, 1)).primaryNeed(PrimaryNeed.N0))).isEmpty();
    }

    @Test
    void a_referral_after_the_year_is_for_next_years_census() {
        assertThat(failures(referral(LocalDate.of(2026, 4, 1)).primaryNeed(null))).isEmpty();
    }
}
