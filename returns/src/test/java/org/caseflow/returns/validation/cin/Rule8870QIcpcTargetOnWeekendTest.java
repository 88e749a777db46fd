package org.caseflow.returns.validation.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.returns.fixtures.ChildBuilder.child;
import static org.caseflow.returns.fixtures.EpisodeBuilder.referral;
import static org.caseflow.returns.fixtures.Journeys.YEAR_2025_26;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class Rule8870QIcpcTargetOnWeekendTest {

    private final Rule8870QIcpcTargetOnWeekend rule = new Rule8870QIcpcTargetOnWeekend();

    private List<String> failures(LocalDate target) {
        return rule.failures(child("CF1").episode(referral(LocalDate.of(2025, 6, 2))
                .section47(LocalDate.of(2025, 6, 20), target, null)).build(), YEAR_2025_26);
    }

    @Test
    void a_target_on_a_friday_passes_and_on_the_saturday_after_it_is_queried() {
        assertThat(failures(LocalDate.of(2025, 7, 11))).isEmpty();
        assertThat(failures(LocalDate.of(2025, 7, 12))).containsExactly("CINdetails referred 2025-06-02 / Section47 started 2025-06-20");
    }

    @Test
    void a_target_on_a_sunday_is_queried() {
        assertThat(failures(LocalDate.of(2025, 7, 13))).hasSize(1);
    }

    @Test
    void an_enquiry_with_no_target_passes() {
        assertThat(failures(null)).isEmpty();
    }
}
