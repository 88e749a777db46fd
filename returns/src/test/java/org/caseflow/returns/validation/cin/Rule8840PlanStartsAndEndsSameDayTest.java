package org.caseflow.returns.validation.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.returns.fixtures.ChildBuilder.child;
import static org.caseflow.returns.fixtures.EpisodeBuilder.referral;
import static org.caseflow.returns.fixtures.Journeys.YEAR_2025_26;

import java.time.LocalDate;
import java.util.List;
import org.caseflow.returns.record.AbuseCategory;
import org.junit.jupiter.api.Test;

class Rule8840PlanStartsAndEndsSameDayTest {

    private final Rule8840PlanStartsAndEndsSameDay rule = new Rule8840PlanStartsAndEndsSameDay();

    private static final LocalDate START = LocalDate.of(2025, 7, 8);

    private List<String> failures(LocalDate end) {
        return rule.failures(child("CF1").episode(referral(LocalDate.of(2025, 6, 2))
                .cpPlan(START, end, AbuseCategory.NEGLECT, AbuseCategory.NEGLECT)).build(), YEAR_2025_26);
    }

    @Test
    void a_plan_ending_the_day_after_it_started_passes() {
        assertThat(failures(START.plusDays(1))).isEmpty();
    }

    @Test
    void a_plan_ending_the_day_it_started_fails() {
        assertThat(failures(START)).containsExactly("CINdetails referred 2025-06-02 / ChildProtectionPlans started 2025-07-08");
    }

    @Test
    void an_open_plan_passes() {
        assertThat(failures(null)).isEmpty();
    }
}
