package org.caseflow.kpi.lookedafter.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.caseflow.journey.events.lookedafter.LegalStatus;
import org.caseflow.journey.events.lookedafter.PlacementProvider;
import org.caseflow.journey.events.lookedafter.PlacementType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The placements of the children looked after at the end of a date, and the report's breakdowns of them, for
 * KPIs cla-by-placement-type, cla-by-placement-provider and cla-by-time-in-placement: docs/statutory-rules.md
 * sections 1 and 5.
 */
class CurrentPlacementsTest {

    private static final LocalDate LEAP_DAY = LocalDate.of(2024, 2, 29);

    @ParameterizedTest(name = "{0}: placed on {1}, at the end of {2}: {3}")
    @CsvSource({
            "placed that day,                                 2024-02-29, 2024-02-29, 0-3 months",
            "30 November + 3 months is the leap day,         2023-11-30, 2024-02-28, 0-3 months",
            "'... so 3 months on the leap day',              2023-11-30, 2024-02-29, 3-6 months",
            "31 August + 6 months is the leap day,           2023-08-31, 2024-02-29, 6-11 months",
            "'... the day before, under 6 months',           2023-08-31, 2024-02-28, 3-6 months",
            "placed on a leap day: a year on 28 February,    2024-02-29, 2025-02-28, 1-2 years",
            "'... the day before, under a year',             2024-02-29, 2025-02-27, 6-11 months",
            "two years on the second anniversary,            2021-04-01, 2023-04-01, over 2 years",
            "'the day before, at the financial year end',    2021-04-01, 2023-03-31, 1-2 years"})
    void theTimeInAPlacementIsBandedFromTheDayEachBandsLowerBoundIsReached(String why, LocalDate placed, LocalDate on, String band) {
        assertThat(TimeInPlacement.of(placed, on).label()).isEqualTo(band);
    }

    @Test
    void aPlacementNotYetStartedHasNoTimeInIt() {
        assertThatThrownBy(() -> TimeInPlacement.of(LEAP_DAY.plusDays(1), LEAP_DAY)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachChildLookedAfterIsCountedOnceInThePlacementTheyWereInAtTheEndOfTheDay() {
        List<ClaPlacement> placements = List.of(
                placement("C1", LegalStatus.C2, LocalDate.of(2021, 6, 1), null, PlacementType.U4, PlacementProvider.PR1),
                // C2 moved on the leap day: in the new placement at its end
                placement("C2", LegalStatus.C1, LocalDate.of(2023, 11, 30), LEAP_DAY, PlacementType.U6, PlacementProvider.PR4),
                placement("C2", LegalStatus.C1, LEAP_DAY, null, PlacementType.K2, PlacementProvider.PR4),
                // C3: care ended that day
                placement("C3", LegalStatus.C2, LocalDate.of(2023, 11, 30), LEAP_DAY, PlacementType.P1, PlacementProvider.PR0),
                // C4: short breaks only
                placement("C4", LegalStatus.V3, LocalDate.of(2023, 11, 30), null, PlacementType.K2, PlacementProvider.PR5),
                placement("C5", LegalStatus.V2, LocalDate.of(2023, 8, 31), null, PlacementType.U3, PlacementProvider.PR1));

        List<ClaPlacement> current = CurrentPlacements.on(placements, LEAP_DAY);

        assertThat(current).extracting(ClaPlacement::laChildId).containsExactly("C1", "C2", "C5");
        assertThat(current).extracting(ClaPlacement::type).containsExactly(PlacementType.U4, PlacementType.K2, PlacementType.U3);
        Map<String, Long> byType = CurrentPlacements.byType(current);
        assertThat(byType).hasSize(PlacementType.values().length).containsEntry("U4", 1L).containsEntry("K2", 1L)
                .containsEntry("U3", 1L).containsEntry("U6", 0L);
        assertThat(byType.keySet()).first().isEqualTo("A3");
        assertThat(CurrentPlacements.byProvider(current)).containsExactly(Map.entry("PR0", 0L), Map.entry("PR1", 2L), Map.entry("PR2", 0L),
                Map.entry("PR3", 0L), Map.entry("PR4", 1L), Map.entry("PR5", 0L));
        assertThat(CurrentPlacements.byTimeInPlacement(current, LEAP_DAY)).containsExactly(Map.entry("0-3 months", 1L),
                Map.entry("3-6 months", 0L), Map.entry("6-11 months", 1L), Map.entry("1-2 years", 0L), Map.entry("over 2 years", 1L));
    }

    private static ClaPlacement placement(String child, LegalStatus status, LocalDate started, LocalDate ended, PlacementType type,
            PlacementProvider provider) {
        return new ClaPlacement("LAC-" + child, child, status, started, ended, type, provider, false);
    }
}
