package org.caseflow.returns.validation.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.returns.fixtures.ChildBuilder.child;
import static org.caseflow.returns.fixtures.EpisodeBuilder.referral;
import static org.caseflow.returns.fixtures.Journeys.YEAR_2025_26;

import java.time.LocalDate;
import java.util.List;
import org.caseflow.returns.fixtures.EpisodeBuilder;
import org.caseflow.returns.record.AbuseCategory;
import org.junit.jupiter.api.Test;

class Rule2885PlanStartNotOnIcpcTest {

    private static final LocalDate ICPC = LocalDate.of(2025, 7, 8);
    private final Rule2885PlanStartNotOnIcpc rule = new Rule2885PlanStartNotOnIcpc();

    private List<String> failures(EpisodeBuilder episode) {
        return rule.failures(child("CF1").episode(episode).build(), YEAR_2025_26);
    }

    @Test
    void a_plan_starting_on_its_conferences_day_passes() {
        assertThat(failures(referral(LocalDate.of(2025, 6, 2)).section47(LocalDate.of(2025, 6, 20), null, ICPC)
                .cpPlan(ICPC, null, AbuseCategory.NEGLECT, AbuseCategory.NEGLECT))).isEmpty();
    }

    @Test
    void a_plan_starting_the_day_after_the_conference_fails() {
        assertThat(failures(referral(LocalDate.of(2025, 6, 2)).section47(LocalDate.of(2025, 6, 20), null, ICPC)
                .cpPlan(ICPC.plusDays(1), null, AbuseCategory.NEGLECT, AbuseCategory.NEGLECT)))
                .containsExactly("CINdetails referred 2025-06-02 / ChildProtectionPlans started 2025-07-09");
    }

    @Test
    void a_plan_with_no_conference_at_all_fails() {
        assertThat(failures(referral(LocalDate.of(2025, 6, 2))
                .section47NoConference(LocalDate.of(2025, 6, 20), ICPC)
                .cpPlan(ICPC, null, AbuseCategory.NEGLECT, AbuseCategory.NEGLECT))).hasSize(1);
    }

    @Test
    void a_plan_that_started_in_an_earlier_year_is_not_checked() {
        assertThat(failures(referral(LocalDate.of(2024, 6, 2))
                .cpPlan(LocalDate.of(2025, 3, 31), null, AbuseCategory.NEGLECT, AbuseCategory.NEGLECT))).isEmpty();
    }
}
