package org.caseflow.returns.validation.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.returns.fixtures.ChildBuilder.child;
import static org.caseflow.returns.fixtures.EpisodeBuilder.referral;
import static org.caseflow.returns.fixtures.Journeys.YEAR_2025_26;

import java.time.LocalDate;
import org.caseflow.returns.fixtures.ChildBuilder;
import org.junit.jupiter.api.Test;

class Rule1530UpnLaNumberTest {

    private final Rule1530UpnLaNumber rule = new Rule1530UpnLaNumber();

    /** In the 2025 to 2026 census: referred in it. */
    private static ChildBuilder inCensus() {
        return child("CF1").episode(referral(LocalDate.of(2025, 6, 2)));
    }

    @Test
    void a_councils_number_passes() {
        assertThat(rule.failures(inCensus().upn("D208123425001").build(), YEAR_2025_26)).isEmpty();
    }

    @Test
    void a_number_that_is_no_councils_fails() {
        assertThat(rule.failures(inCensus().upn("D999123425001").build(), YEAR_2025_26)).containsExactly("ChildIdentifiers UPN");
        assertThat(rule.failures(inCensus().upn("D214123425001").build(), YEAR_2025_26)).containsExactly("ChildIdentifiers UPN");
    }

    @Test
    void no_upn_passes() {
        assertThat(rule.failures(inCensus().build(), YEAR_2025_26)).isEmpty();
    }
}
