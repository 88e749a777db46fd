package org.caseflow.returns.validation.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.returns.fixtures.ChildBuilder.child;
import static org.caseflow.returns.fixtures.EpisodeBuilder.referral;
import static org.caseflow.returns.fixtures.Journeys.YEAR_2025_26;

import java.time.LocalDate;
import java.util.List;
import org.caseflow.returns.record.AbuseCategory;
import org.junit.jupiter.api.Test;

class Rule8940OverlappingPlansTest {

    private final Rule8940OverlappingPlans rule = new Rule8940OverlappingPlans();

    private static final LocalDate FIRST = LocalDate.of(2025, 7, 8);
    private static final LocalDate FIRST_ENDS = LocalDate.of(2025, 9, 1);

    private List<String> failures(LocalDate firstEnds, LocalDate secondStarts) {
        return rule.failures(child("CF1").episode(referral(LocalDate.of(2025, 6, 2))
                .cpPlan(FIRST, firstEnds, AbuseCategory.NEGLECT, AbuseCategory.NEGLECT)
                .cpPlan(secondStarts, null, AbuseCategory.NEGLECT, AbuseCategory.NEGLECT)).build(), YEAR_2025_26);
    }

    @Test
    void a_plan_starting_the_day_after_the_last_ended_passes() {
        assertThat(failures(FIRST_ENDS, FIRST_ENDS.plusDays(1))).isEmpty();
    }

    @Test
    void a_plan_starting_the_day_the_last_ended_fails() {
        assertThat(failures(FIRST_ENDS, FIRST_ENDS))
                .containsExactly("CINdetails referred 2025-06-02 / ChildProtectionPlans started 2025-09-01");
    }

    @Test
    void a_plan_starting_while_another_is_open_fails() {
        assertThat(failures(null, FIRST_ENDS))
                .containsExactly("CINdetails referred 2025-06-02 / ChildProtectionPlans started 2025-09-01");
    }
}
