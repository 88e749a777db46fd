package org.caseflow.returns.validation.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.returns.fixtures.CareBuilder.lookedAfterFrom;
import static org.caseflow.returns.fixtures.ChildBuilder.child;
import static org.caseflow.returns.fixtures.Journeys.YEAR_2025_26;

import java.time.LocalDate;
import java.util.List;
import org.caseflow.returns.record.LegalStatus;
import org.caseflow.returns.record.PlacementProvider;
import org.caseflow.returns.record.PlacementType;
import org.caseflow.returns.record.ReasonCeased;
import org.junit.jupiter.api.Test;

class Rule501EpisodeStartsBeforePreviousEndsTest {

    private static final LocalDate FIRST_ENDED = LocalDate.of(2025, 8, 1);
    private final Rule501EpisodeStartsBeforePreviousEnds rule = new Rule501EpisodeStartsBeforePreviousEnds();

    private List<String> failures(LocalDate secondStarted) {
        return rule.failures(child("CF1")
                .care(lookedAfterFrom(LocalDate.of(2025, 5, 1), LegalStatus.V2, PlacementType.U6, PlacementProvider.PR1)
                        .ceased(FIRST_ENDED, ReasonCeased.E4A))
                .care(lookedAfterFrom(secondStarted, LegalStatus.C1, PlacementType.U6, PlacementProvider.PR1))
                .build(), YEAR_2025_26);
    }

    @Test
    void care_starting_again_on_the_day_it_ended_passes() {
        assertThat(failures(FIRST_ENDED)).isEmpty();
    }

    @Test
    void care_starting_again_the_day_before_it_ended_overlaps_and_fails() {
        assertThat(failures(FIRST_ENDED.minusDays(1))).containsExactly("Episodes DECOM 2025-07-31");
    }
}
