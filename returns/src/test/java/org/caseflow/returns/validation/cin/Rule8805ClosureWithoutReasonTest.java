package org.caseflow.returns.validation.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.returns.fixtures.ChildBuilder.child;
import static org.caseflow.returns.fixtures.EpisodeBuilder.referral;
import static org.caseflow.returns.fixtures.Journeys.YEAR_2025_26;

import java.time.LocalDate;
import java.util.List;
import org.caseflow.returns.fixtures.EpisodeBuilder;
import org.caseflow.returns.record.ReasonForClosure;
import org.junit.jupiter.api.Test;

class Rule8805ClosureWithoutReasonTest {

    private final Rule8805ClosureWithoutReason rule = new Rule8805ClosureWithoutReason();

    private List<String> failures(EpisodeBuilder episode) {
        return rule.failures(child("CF1").episode(episode).build(), YEAR_2025_26);
    }

    @Test
    void a_closure_date_without_a_reason_fails() {
        assertThat(failures(referral(LocalDate.of(2025, 6, 2)).closed(LocalDate.of(2025, 9, 1), null)))
                .containsExactly("CINdetails referred 2025-06-02");
    }

    @Test
    void a_closure_date_with_a_reason_passes() {
        assertThat(failures(referral(LocalDate.of(2025, 6, 2)).closed(LocalDate.of(2025, 9, 1), ReasonForClosure.RC7))).isEmpty();
    }

    @Test
    void a_closure_after_the_year_without_a_reason_is_not_yet_in_the_census() {
        assertThat(failures(referral(LocalDate.of(2025, 6, 2)).closed(LocalDate.of(2026, 4, 1), null))).isEmpty();
    }
}
