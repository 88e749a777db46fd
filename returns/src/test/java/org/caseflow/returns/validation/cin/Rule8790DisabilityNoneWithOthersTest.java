package org.caseflow.returns.validation.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.returns.fixtures.ChildBuilder.child;
import static org.caseflow.returns.fixtures.EpisodeBuilder.referral;
import static org.caseflow.returns.fixtures.Journeys.YEAR_2025_26;

import java.time.LocalDate;
import org.caseflow.returns.record.Disability;
import org.caseflow.returns.fixtures.ChildBuilder;
import org.junit.jupiter.api.Test;

class Rule8790DisabilityNoneWithOthersTest {

    private final Rule8790DisabilityNoneWithOthers rule = new Rule8790DisabilityNoneWithOthers();

    /** In the 2025 to 2026 census: referred in it. */
    private static ChildBuilder inCensus() {
        return child("CF1").episode(referral(LocalDate.of(2025, 6, 2)));
    }

    @Test
    void none_alone_passes() {
        assertThat(rule.failures(inCensus().disabilities(Disability.NONE).build(), YEAR_2025_26)).isEmpty();
    }

    @Test
    void disabilities_without_none_pass() {
        assertThat(rule.failures(inCensus().disabilities(Disability.HEAR, Disability.VIS).build(), YEAR_2025_26)).isEmpty();
    }

    @Test
    void none_with_another_code_fails_at_that_code() {
        assertThat(rule.failures(inCensus().disabilities(Disability.NONE, Disability.AUT).build(), YEAR_2025_26))
                .containsExactly("Disabilities Disability AUT");
    }
}
