package org.caseflow.returns.validation.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.returns.fixtures.ChildBuilder.child;
import static org.caseflow.returns.fixtures.EpisodeBuilder.referral;
import static org.caseflow.returns.fixtures.Journeys.YEAR_2025_26;

import java.time.LocalDate;
import org.caseflow.returns.fixtures.ChildBuilder;
import org.junit.jupiter.api.Test;

class Rule1560QFormerUpnWronglyFormattedTest {

    private final Rule1560QFormerUpnWronglyFormatted rule = new Rule1560QFormerUpnWronglyFormatted();

    /** In the 2025 to 2026 census: referred in it. */
    private static ChildBuilder inCensus() {
        return child("CF1").episode(referral(LocalDate.of(2025, 6, 2)));
    }

    @Test
    void a_letter_and_twelve_digits_pass() {
        assertThat(rule.failures(inCensus().formerUpn("X987654321231").build(), YEAR_2025_26)).isEmpty();
    }

    @Test
    void another_shape_fails() {
        assertThat(rule.failures(inCensus().formerUpn("X98721238").build(), YEAR_2025_26)).containsExactly("ChildIdentifiers FormerUPN");
        assertThat(rule.failures(inCensus().formerUpn("X0000y0000007").build(), YEAR_2025_26))
                .containsExactly("ChildIdentifiers FormerUPN");
    }

    @Test
    void no_former_upn_passes() {
        assertThat(rule.failures(inCensus().build(), YEAR_2025_26)).isEmpty();
    }
}
