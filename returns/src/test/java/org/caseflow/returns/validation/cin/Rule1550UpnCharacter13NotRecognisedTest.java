package org.caseflow.returns.validation.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.returns.fixtures.ChildBuilder.child;
import static org.caseflow.returns.fixtures.EpisodeBuilder.referral;
import static org.caseflow.returns.fixtures.Journeys.YEAR_2025_26;

import java.time.LocalDate;
import org.caseflow.returns.fixtures.ChildBuilder;
import org.junit.jupiter.api.Test;

class Rule1550UpnCharacter13NotRecognisedTest {

    private final Rule1550UpnCharacter13NotRecognised rule = new Rule1550UpnCharacter13NotRecognised();

    /** In the 2025 to 2026 census: referred in it. */
    private static ChildBuilder inCensus() {
        return child("CF1").episode(referral(LocalDate.of(2025, 6, 2)));
    }

    @Test
    void a_digit_or_a_letter_other_than_i_o_and_s_passes() {
        assertThat(rule.failures(inCensus().upn("D208123425001").build(), YEAR_2025_26)).isEmpty();
        assertThat(rule.failures(inCensus().upn("P20812342500A").build(), YEAR_2025_26)).isEmpty();
        assertThat(rule.failures(inCensus().upn("P20812342500Z").build(), YEAR_2025_26)).isEmpty();
    }

    @Test
    void i_o_and_s_fail() {
        for (String last : new String[] {"I", "O", "S"}) {
            assertThat(rule.failures(inCensus().upn("P20812342500" + last).build(), YEAR_2025_26)).as(last)
                    .containsExactly("ChildIdentifiers UPN");
        }
    }
}
