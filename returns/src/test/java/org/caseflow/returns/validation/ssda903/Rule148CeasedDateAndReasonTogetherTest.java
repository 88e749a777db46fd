package org.caseflow.returns.validation.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.returns.fixtures.CareBuilder.lookedAfterFrom;
import static org.caseflow.returns.fixtures.ChildBuilder.child;
import static org.caseflow.returns.fixtures.Journeys.YEAR_2025_26;

import java.time.LocalDate;
import java.util.List;
import org.caseflow.returns.fixtures.CareBuilder;
import org.caseflow.returns.record.LegalStatus;
import org.caseflow.returns.record.PlacementProvider;
import org.caseflow.returns.record.PlacementType;
import org.caseflow.returns.record.ReasonCeased;
import org.junit.jupiter.api.Test;

class Rule148CeasedDateAndReasonTogetherTest {

    private static final LocalDate START = LocalDate.of(2025, 5, 1);
    private final Rule148CeasedDateAndReasonTogether rule = new Rule148CeasedDateAndReasonTogether();

    private static CareBuilder care() {
        return lookedAfterFrom(START, LegalStatus.V2, PlacementType.U6, PlacementProvider.PR1);
    }

    private List<String> failures(CareBuilder care) {
        return rule.failures(child("CF1").care(care).build(), YEAR_2025_26);
    }

    @Test
    void a_reason_care_ceased_without_the_day_it_ceased_fails() {
        assertThat(failures(care().ceased(null, ReasonCeased.E4A))).containsExactly("Episodes DECOM 2025-05-01");
    }

    @Test
    void a_day_care_ceased_without_a_reason_fails() {
        assertThat(failures(care().ceased(LocalDate.of(2025, 8, 1), null))).containsExactly("Episodes DECOM 2025-05-01");
    }

    @Test
    void both_or_neither_pass() {
        assertThat(failures(care().ceased(LocalDate.of(2025, 8, 1), ReasonCeased.E4A))).isEmpty();
        assertThat(failures(care())).isEmpty();
    }

    @Test
    void care_ceasing_after_the_year_without_a_reason_is_open_in_this_years_return() {
        assertThat(failures(care().ceased(LocalDate.of(2026, 4, 1), null))).isEmpty();
    }
}
