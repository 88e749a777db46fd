package org.caseflow.returns.validation.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.returns.fixtures.CareBuilder.lookedAfterFrom;
import static org.caseflow.returns.fixtures.ChildBuilder.child;
import static org.caseflow.returns.fixtures.Journeys.YEAR_2025_26;

import java.time.LocalDate;
import java.util.List;
import org.caseflow.returns.fixtures.CareBuilder;
import org.caseflow.returns.record.LegalStatus;
import org.caseflow.returns.record.PlacementChangeReason;
import org.caseflow.returns.record.PlacementProvider;
import org.caseflow.returns.record.PlacementType;
import org.caseflow.returns.record.ReasonCeased;
import org.junit.jupiter.api.Test;

class Rule356CeasedBeforeStartedTest {

    private static final LocalDate START = LocalDate.of(2025, 5, 1);
    private final Rule356CeasedBeforeStarted rule = new Rule356CeasedBeforeStarted();

    private static CareBuilder care() {
        return lookedAfterFrom(START, LegalStatus.V2, PlacementType.U6, PlacementProvider.PR1);
    }

    private List<String> failures(CareBuilder care) {
        return rule.failures(child("CF1").care(care).build(), YEAR_2025_26);
    }

    @Test
    void ceasing_the_day_it_started_is_not_this_rules_concern() {
        assertThat(failures(care().ceased(START, ReasonCeased.E4A))).isEmpty();
    }

    @Test
    void ceasing_the_day_before_it_started_fails() {
        assertThat(failures(care().ceased(START.minusDays(1), ReasonCeased.E4A))).containsExactly("Episodes DECOM 2025-05-01");
    }

    @Test
    void a_move_recorded_after_care_ceased_makes_an_episode_that_fails() {
        assertThat(failures(care()
                .moved(LocalDate.of(2025, 9, 1), PlacementType.U4, PlacementProvider.PR1, "SE9", null, PlacementChangeReason.CARPL)
                .ceased(LocalDate.of(2025, 8, 1), ReasonCeased.E4A))).containsExactly("Episodes DECOM 2025-09-01");
    }
}
