package org.caseflow.returns.validation.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.returns.fixtures.ChildBuilder.child;
import static org.caseflow.returns.fixtures.EpisodeBuilder.referral;
import static org.caseflow.returns.fixtures.Journeys.YEAR_2025_26;

import java.time.LocalDate;
import org.caseflow.returns.record.ReasonForClosure;
import org.caseflow.returns.fixtures.ChildBuilder;
import org.junit.jupiter.api.Test;

class Rule1510UpnCheckLetterTest {

    private final Rule1510UpnCheckLetter rule = new Rule1510UpnCheckLetter();

    /** In the 2025 to 2026 census: referred in it. */
    private static ChildBuilder inCensus() {
        return child("CF1").episode(referral(LocalDate.of(2025, 6, 2)));
    }

    @Test
    void a_upn_with_its_check_letter_passes() {
        assertThat(rule.failures(inCensus().upn("D208123425001").build(), YEAR_2025_26)).isEmpty();
        assertThat(rule.failures(inCensus().upn("P20812342500A").build(), YEAR_2025_26)).as("a temporary UPN").isEmpty();
    }

    @Test
    void a_upn_with_another_check_letter_fails() {
        assertThat(rule.failures(inCensus().upn("E208123425001").build(), YEAR_2025_26)).containsExactly("ChildIdentifiers UPN");
    }

    @Test
    void a_mistyped_digit_fails() {
        assertThat(rule.failures(inCensus().upn("D208123425011").build(), YEAR_2025_26)).containsExactly("ChildIdentifiers UPN");
    }

    @Test
    void no_upn_and_a_upn_of_another_shape_are_for_other_rules() {
        assertThat(rule.failures(inCensus().build(), YEAR_2025_26)).isEmpty();
        assertThat(rule.failures(inCensus().upn("D2081234X5001").build(), YEAR_2025_26)).isEmpty();
    }

    @Test
    void a_child_not_in_the_census_is_not_checked() {
        assertThat(rule.failures(child("CF1").upn("E208123425001").episode(referral(LocalDate.of(2024, 6, 2))
                .closed(LocalDate.of(2024, 9, 1), ReasonForClosure.RC7)).build(), YEAR_2025_26)).isEmpty();
    }
}
