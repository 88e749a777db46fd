package org.caseflow.returns.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.returns.fixtures.CareBuilder.lookedAfterFrom;

import java.time.LocalDate;
import java.util.List;
import org.caseflow.returns.record.CarePeriod;
import org.caseflow.returns.record.LegalStatus;
import org.caseflow.returns.record.PlacementChangeReason;
import org.caseflow.returns.record.PlacementProvider;
import org.caseflow.returns.record.PlacementType;
import org.caseflow.returns.record.ReasonCeased;
import org.junit.jupiter.api.Test;

class CareEpisodesTest {

    private static final LocalDate START = LocalDate.of(2025, 5, 1);

    private static List<Episode> episodes(CarePeriod period) {
        return CareEpisodes.of("CF0200", period);
    }

    @Test
    void a_period_with_no_change_is_one_episode_ending_with_the_periods_reason() {
        List<Episode> episodes = episodes(lookedAfterFrom(START, LegalStatus.V2, PlacementType.U3, PlacementProvider.PR1)
                .ceased(LocalDate.of(2025, 7, 1), ReasonCeased.E4A).build());

        assertThat(episodes).singleElement().satisfies(episode -> {
            assertThat(episode.reasonNew()).isEqualTo(ReasonNewEpisode.S);
            assertThat(episode.ceased()).isEqualTo(LocalDate.of(2025, 7, 1));
            assertThat(episode.reasonCeased()).isEqualTo("E4A");
        });
    }

    @Test
    void recording_the_same_legal_status_again_is_not_a_change() {
        List<Episode> episodes = episodes(lookedAfterFrom(START, LegalStatus.C1, PlacementType.U6, PlacementProvider.PR1)
                .legalStatus(LocalDate.of(2025, 6, 1), LegalStatus.C1).build());

        assertThat(episodes).hasSize(1);
    }

    @Test
    void a_move_to_a_placement_of_the_same_type_is_still_a_move() {
        List<Episode> episodes = episodes(lookedAfterFrom(START, LegalStatus.C1, PlacementType.U6, PlacementProvider.PR1)
                .moved(LocalDate.of(2025, 6, 1), PlacementType.U6, PlacementProvider.PR1, "SE9", null, PlacementChangeReason.STAND).build());

        assertThat(episodes).extracting(Episode::reasonNew).containsExactly(ReasonNewEpisode.S, ReasonNewEpisode.P);
        assertThat(episodes.get(0).reasonPlaceChange()).isEqualTo(PlacementChangeReason.STAND);
        assertThat(episodes.get(0).reasonCeased()).isEqualTo(Episode.CONTINUES);
    }

    @Test
    void no_reason_for_a_placement_change_is_recorded_around_a_temporary_placement() {
        List<Episode> episodes = episodes(lookedAfterFrom(START, LegalStatus.C2, PlacementType.U4, PlacementProvider.PR1)
                .moved(LocalDate.of(2025, 8, 1), PlacementType.T2, PlacementProvider.PR1, "SE9", null, PlacementChangeReason.OTHER)
                .moved(LocalDate.of(2025, 8, 8), PlacementType.U4, PlacementProvider.PR1, "SE9", null, PlacementChangeReason.OTHER)
                .build());

        assertThat(episodes).extracting(Episode::placementType).containsExactly(PlacementType.U4, PlacementType.T2, PlacementType.U4);
        assertThat(episodes).extracting(Episode::reasonPlaceChange).containsOnlyNulls();
    }

    @Test
    void a_change_dated_after_care_ended_makes_an_episode_that_ends_before_it_starts() {
        List<Episode> episodes = episodes(lookedAfterFrom(START, LegalStatus.V2, PlacementType.U3, PlacementProvider.PR1)
                .moved(LocalDate.of(2025, 9, 1), PlacementType.U6, PlacementProvider.PR1, "SE9", null, PlacementChangeReason.CARPL)
                .ceased(LocalDate.of(2025, 8, 1), ReasonCeased.E4A).build());

        Episode last = episodes.get(episodes.size() - 1);
        assertThat(last.started()).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(last.ceased()).isEqualTo(LocalDate.of(2025, 8, 1));
    }
}
