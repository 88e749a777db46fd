package org.caseflow.kpi.lookedafter.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.caseflow.calendar.StatutoryTimescale;
import org.caseflow.calendar.WorkingDayCalendar;
import org.caseflow.journey.events.lookedafter.LegalStatus;
import org.caseflow.journey.events.lookedafter.PlacementProvider;
import org.caseflow.journey.events.lookedafter.PlacementType;
import org.caseflow.kpi.measures.rules.VisitTimeliness;
import org.caseflow.kpi.measures.rules.VisitTimeliness.PlanVisits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Regulation 28 (rules T12 to T14) as KPI cla-visits-in-timescale judges it, docs/statutory-rules.md sections
 * 1, 2 and 5: weeks are 7 calendar days, months and years run to the same day or the last of a shorter month.
 */
class ClaVisitsTest {

    private final VisitTimeliness<ClaPlacement> visits = ClaVisits.timeliness(WorkingDayCalendar.englandAndWales());

    @ParameterizedTest(name = "{0}: placed on {1}, the first visit is due by {2}")
    @CsvSource({
            "'a week later, on Boxing Day: no bank holidays in weeks', 2025-12-19, 2025-12-26",
            "a week after 22 February 2024 is the leap day,             2024-02-22, 2024-02-29",
            "across the financial year end,                            2021-03-29, 2021-04-05"})
    void aVisitIsDueWithinAWeekOfAnyPlacementsStart(String why, LocalDate placedOn, LocalDate due) {
        assertThat(visits.nextVisitDue(new PlanVisits<>(placement(placedOn, true), null, null, null))).isEqualTo(due);
        assertThat(visits.nextVisitDue(new PlanVisits<>(placement(placedOn, false), null, null, null))).isEqualTo(due);
    }

    @ParameterizedTest(name = "{0}: placed {1} (until 18: {2}), seen {3}, the next visit is due by {4}")
    @CsvSource({
            "'first year: 6 weeks, over the leap day',                     2023-03-01, true,  2024-01-20, 2024-03-02",
            "'the day before the first anniversary: still 6 weeks',        2023-03-01, true,  2024-02-29, 2024-04-11",
            "'on the first anniversary, meant to last until 18: 3 months', 2023-03-01, true,  2024-03-01, 2024-06-01",
            "'on the first anniversary, not meant to last: still 6 weeks', 2023-03-01, false, 2024-03-01, 2024-04-12",
            "'placed on a leap day: its first anniversary is 28 February', 2024-02-29, true,  2025-02-28, 2025-05-28",
            "'placed on a leap day: the day before that, 6 weeks',         2024-02-29, true,  2025-02-27, 2025-04-10",
            "'3 months after 29 November 2023 is the leap day',            2022-06-01, true,  2023-11-29, 2024-02-29",
            "'3 months after 30 November 2023 is the leap day too',        2022-06-01, true,  2023-11-30, 2024-02-29",
            "'years later, not meant to last: 6 weeks',                    2020-01-06, false, 2023-11-30, 2024-01-11"})
    void laterVisitsAreDueSixWeeksAfterTheLastThenThreeMonthsFromThePlacementsFirstAnniversaryIfItIsMeantToLastUntilEighteen(
            String why, LocalDate placedOn, boolean untilEighteen, LocalDate seenOn, LocalDate due) {
        assertThat(visits.nextVisitDue(new PlanVisits<>(placement(placedOn, untilEighteen), null, seenOn, null))).isEqualTo(due);
    }

    @Test
    void theIntervalIsTheOneOfTheYearTheLastVisitFellIn() {
        LocalDate placed = LocalDate.of(2023, 3, 1);

        assertThat(ClaVisits.firstAnniversary(placed)).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(ClaVisits.intervals().after(placement(placed, true), LocalDate.of(2024, 2, 29)))
                .isEqualTo(StatutoryTimescale.CLA_VISIT_FIRST_YEAR);
        assertThat(ClaVisits.intervals().after(placement(placed, true), LocalDate.of(2024, 3, 1)))
                .isEqualTo(StatutoryTimescale.CLA_VISIT_AFTER_FIRST_YEAR);
        assertThat(ClaVisits.intervals().first(placement(placed, true))).isEqualTo(StatutoryTimescale.CLA_VISIT_AFTER_PLACEMENT);
    }

    @Test
    void aNewPlacementAfterTheLastVisitStartsTheClockAgainAtOneWeek() {
        // seen on 2 January 2024 (next due 13 February), moved on 10 January: due by the 17th
        ClaPlacement moved = placement(LocalDate.of(2024, 1, 10), false);

        assertThat(visits.nextVisitDue(new PlanVisits<>(moved, null, LocalDate.of(2024, 1, 2), null))).isEqualTo(LocalDate.of(2024, 1, 17));
        assertThat(visits.inTimescaleOn(LocalDate.of(2024, 1, 17), new PlanVisits<>(moved, null, LocalDate.of(2024, 1, 2), null))).isTrue();
        assertThat(visits.inTimescaleOn(LocalDate.of(2024, 1, 18), new PlanVisits<>(moved, null, LocalDate.of(2024, 1, 2), null))).isFalse();
        assertThat(visits.nextVisitDue(new PlanVisits<>(moved, null, LocalDate.of(2024, 1, 10), null)))
                .as("a visit the day of the move is the visit after it").isEqualTo(LocalDate.of(2024, 2, 21));
    }

    @Test
    void theDueDatesTheJourneySetWin() {
        ClaPlacement placed = placement(LocalDate.of(2024, 1, 10), true);

        assertThat(visits.nextVisitDue(new PlanVisits<>(placed, LocalDate.of(2024, 1, 16), null, null))).isEqualTo(LocalDate.of(2024, 1, 16));
        assertThat(visits.nextVisitDue(new PlanVisits<>(placed, LocalDate.of(2024, 1, 16), LocalDate.of(2024, 1, 15),
                LocalDate.of(2024, 2, 23)))).isEqualTo(LocalDate.of(2024, 2, 23));
    }

    private static ClaPlacement placement(LocalDate startedOn, boolean untilEighteen) {
        return new ClaPlacement("LAC-1", "C1", LegalStatus.C2, startedOn, null, PlacementType.U4, PlacementProvider.PR1, untilEighteen);
    }

}
