package org.caseflow.returns.validation.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.returns.fixtures.ChildBuilder.child;
import static org.caseflow.returns.fixtures.EpisodeBuilder.referral;
import static org.caseflow.returns.fixtures.Journeys.YEAR_2025_26;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class Rule2889Section47BeforeReferralTest {

    private static final LocalDate REFERRAL = LocalDate.of(2025, 6, 2);
    private final Rule2889Section47BeforeReferral rule = new Rule2889Section47BeforeReferral();

    private List<String> failures(LocalDate s47Start) {
        return rule.failures(child("CF1").episode(referral(REFERRAL).section47(s47Start, null, null)).build(), YEAR_2025_26);
    }

    @Test
    void an_enquiry_started_on_the_day_of_referral_passes() {
        assertThat(failures(REFERRAL)).isEmpty();
    }

    @Test
    void an_enquiry_started_the_day_before_the_referral_fails() {
        assertThat(failures(REFERRAL.minusDays(1))).containsExactly("CINdetails referred 2025-06-02 / Section47 started 2025-06-01");
    }
}
