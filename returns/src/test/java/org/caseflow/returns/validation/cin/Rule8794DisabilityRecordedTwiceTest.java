package org.caseflow.returns.validation.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.returns.fixtures.ChildBuilder.child;
import static org.caseflow.returns.fixtures.EpisodeBuilder.referral;
import static org.caseflow.returns.fixtures.Journeys.YEAR_2025_26;

import java.time.LocalDate;
import org.caseflow.returns.record.Disability;
import org.caseflow.returns.fixtures.ChildBuilder;
import org.junit.jupiter.api.Test;

class Rule8794DisabilityRecordedTwiceTest {

    private final Rule8794DisabilityRecordedTwice rule = new Rule8794DisabilityRecordedTwice();

    /** In the 2025 to 2026 census: referred in it. */
    private static ChildBuilder inCensus() {
        return child("CF1").episode(referral(LocalDate.of(2025, 6, 2)));
    }

    @Test
    void different_codes_pass() {
        assertThat(rule.failures(inCensus().disabilities(Disability.HEAR, Disability.VIS).build(), YEAR_2025_26)).isEmpty();
    }

    @Test
    void a_code_recorded_twice_fails_once() {
        assertThat(rule.failures(inCensus().disabilities(Disability.HEAR, Disability.VIS, Disability.HEAR).build(), YEAR_2025_26))
                .containsExactly("Disabilities Disability HEAR");
    }
}
