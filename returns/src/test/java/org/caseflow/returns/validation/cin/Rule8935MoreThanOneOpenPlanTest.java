package org.caseflow.returns.validation.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.returns.fixtures.ChildBuilder.child;
import static org.caseflow.returns.fixtures.EpisodeBuilder.referral;
import static org.caseflow.returns.fixtures.Journeys.YEAR_2025_26;

import java.time.LocalDate;
import org.caseflow.returns.record.AbuseCategory;
import org.junit.jupiter.api.Test;

class Rule8935MoreThanOneOpenPlanTest {

    private final Rule8935MoreThanOneOpenPlan rule = new Rule8935MoreThanOneOpenPlan();

    @Test
    void one_open_plan_after_an_ended_one_passes() {
        assertThat(rule.failures(child("CF1").episode(referral(LocalDate.of(2025, 6, 2))
                .cpPlan(LocalDate.of(2025, 7, 8), LocalDate.of(2025, 9, 1), AbuseCategory.NEGLECT, AbuseCategory.NEGLECT)
                .cpPlan(LocalDate.of(2025, 10, 6), null, AbuseCategory.NEGLECT, AbuseCategory.NEGLECT)).build(), YEAR_2025_26)).isEmpty();
    }

    @Test
    void two_open_plans_in_two_episodes_both_fail() {
        assertThat(rule.failures(child("CF1")
                .episode(referral(LocalDate.of(2025, 6, 2)).cpPlan(LocalDate.of(2025, 7, 8), null, AbuseCategory.NEGLECT,
                        AbuseCategory.NEGLECT))
                .episode(referral(LocalDate.of(2025, 10, 1)).cpPlan(LocalDate.of(2025, 10, 6), null, AbuseCategory.EMOTIONAL_ABUSE,
                        AbuseCategory.EMOTIONAL_ABUSE))
                .build(), YEAR_2025_26)).containsExactly(
                "CINdetails referred 2025-06-02 / ChildProtectionPlans started 2025-07-08",
                "CINdetails referred 2025-10-01 / ChildProtectionPlans started 2025-10-06");
    }
}
