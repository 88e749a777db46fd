package org.caseflow.returns.validation.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.returns.fixtures.ChildBuilder.child;
import static org.caseflow.returns.fixtures.EpisodeBuilder.referral;
import static org.caseflow.returns.fixtures.Journeys.YEAR_2025_26;

import java.time.LocalDate;
import java.util.List;
import org.caseflow.returns.record.AbuseCategory;
import org.junit.jupiter.api.Test;

class Rule8841ReviewOnOrBeforePlanStartTest {

    private static final LocalDate START = LocalDate.of(2025, 7, 8);
    private final Rule8841ReviewOnOrBeforePlanStart rule = new Rule8841ReviewOnOrBeforePlanStart();

    private List<String> failures(LocalDate... reviews) {
        return rule.failures(child("CF1").episode(referral(LocalDate.of(2025, 6, 2))
                .cpPlan(START, null, AbuseCategory.NEGLECT, AbuseCategory.NEGLECT, reviews)).build(), YEAR_2025_26);
    }

    @Test
    void a_review_the_day_after_the_plan_started_passes() {
        assertThat(failures(START.plusDays(1))).isEmpty();
    }

    @Test
    void a_review_on_the_day_the_plan_started_fails() {
        assertThat(failures(START)).containsExactly(
                "CINdetails referred 2025-06-02 / ChildProtectionPlans started 2025-07-08 / CPPreviewDate 2025-07-08");
    }

    @Test
    void each_review_before_the_plan_started_fails_on_its_own() {
        assertThat(failures(START.minusDays(3), START.minusDays(1), START.plusMonths(3))).hasSize(2);
    }
}
