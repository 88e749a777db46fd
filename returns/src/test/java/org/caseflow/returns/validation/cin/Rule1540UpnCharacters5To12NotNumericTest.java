package org.caseflow.returns.validation.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.returns.fixtures.ChildBuilder.child;
import static org.caseflow.returns.fixtures.EpisodeBuilder.referral;
import static org.caseflow.returns.fixtures.Journeys.YEAR_2025_26;

import java.time.LocalDate;
import org.caseflow.returns.fixtures.ChildBuilder;
import org.junit.jupiter.api.Test;

class Rule1540UpnCharacters5To12NotNumericTest {

    private final Rule1540UpnCharacters5To12NotNumeric rule = new Rule1540UpnCharacters5To12NotNumeric();

    /** In the 2025 to 2026 census: referred in it. */
    private static ChildBuilder inCensus() {
        return child("CF1").episode(referral(LocalDate.of(2025, 6, 2)));
    }

    @Test
    void digits_pass() {
        assertThat(rule.failures(inCensus().upn("D208123425001").build(), YEAR_2025_26)).isEmpty();
    }

    @Test
    void a_letter_among_characters_5_to_12_fails() {
        assertThat(rule.failures(inCensus().upn("D2081234250X1").build(), YEAR_2025_26)).containsExactly("ChildIdentifiers UPN");
        assertThat(rule.failures(inCensus().upn("D20812342X001").build(), YEAR_2025_26)).containsExactly("ChildIdentifiers UPN");
    }

    @Test
    void a_letter_in_character_13_is_for_rule_1550() {
        assertThat(rule.failures(inCensus().upn("P20812342500A").build(), YEAR_2025_26)).isEmpty();
    }
}
