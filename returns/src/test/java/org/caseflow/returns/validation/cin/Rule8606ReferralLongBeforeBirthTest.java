package org.caseflow.returns.validation.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.returns.fixtures.ChildBuilder.child;
import static org.caseflow.returns.fixtures.EpisodeBuilder.referral;
import static org.caseflow.returns.fixtures.Journeys.YEAR_2025_26;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class Rule8606ReferralLongBeforeBirthTest {

    private final Rule8606ReferralLongBeforeBirth rule = new Rule8606ReferralLongBeforeBirth();

    private static final LocalDate BORN = LocalDate.of(2026, 3, 1);

    @Test
    void a_referral_280_days_before_birth_passes() {
        assertThat(rule.failures(child("CF1").born(BORN).episode(referral(BORN.minusDays(280))).build(), YEAR_2025_26)).isEmpty();
    }

    @Test
    void a_referral_281_days_before_birth_fails() {
        assertThat(rule.failures(child("CF1").born(BORN).episode(referral(BORN.minusDays(281))).build(), YEAR_2025_26))
                .containsExactly("CINdetails referred 2025-05-24");
    }

    @Test
    void an_unborn_child_is_measured_from_the_expected_date_of_birth() {
        assertThat(rule.failures(child("CF1").unbornExpected(BORN).episode(referral(BORN.minusDays(280))).build(), YEAR_2025_26))
                .isEmpty();
        assertThat(rule.failures(child("CF1").unbornExpected(BORN).episode(referral(BORN.minusDays(281))).build(), YEAR_2025_26))
                .containsExactly("CINdetails referred 2025-05-24");
    }
}
