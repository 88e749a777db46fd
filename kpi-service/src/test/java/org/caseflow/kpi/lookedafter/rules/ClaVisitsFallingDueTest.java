package org.caseflow.kpi.lookedafter.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.caseflow.calendar.WorkingDayCalendar;
import org.caseflow.journey.events.lookedafter.LegalStatus;
import org.caseflow.journey.events.lookedafter.PlacementProvider;
import org.caseflow.journey.events.lookedafter.PlacementType;
import org.caseflow.kpi.measures.rules.VisitTimeliness.SeenVisit;
import org.caseflow.kpi.measures.rules.VisitTimeliness.VisitHistory;
import org.caseflow.kpi.measures.rules.WorkFallingDue;
import org.junit.jupiter.api.Test;

/**
 * Regulation 28 (rules T12 to T14) as KPI cla-visits-in-timescale judges it, docs/statutory-rules.md sections 1, 2 and 5:
 * the visits that fell due in a month, each made by its due date or not, in a placement that crosses its first
 * anniversary (1 March 2024) over a leap day.
 */
class ClaVisitsFallingDueTest {

    private static final LocalDate PLACED = LocalDate.of(2023, 3, 1);
    private static final LocalDate LEAP_DAY = LocalDate.of(2024, 2, 29);

    private final ClaVisitsFallingDue visits = new ClaVisitsFallingDue(WorkingDayCalendar.englandAndWales());

    @Test
    void eachVisitFallsDueAfterTheLastInWhichTheChildWasSeenAndIsMadeInTimeOrLate() {
        // seen a week after the placement, then not for months; seen on 18 January 2024, 6 weeks before the leap day
        List<WorkFallingDue> due = visits.of(history(placement(PLACED, null, true), LocalDate.of(2023, 3, 7), LocalDate.of(2024, 1, 18),
                LEAP_DAY, LocalDate.of(2024, 5, 31)));

        assertThat(due).containsExactly(
                // within a week of the placement (T12)
                new WorkFallingDue(LocalDate.of(2023, 3, 8), LocalDate.of(2023, 3, 7)),
                // 6 weeks after 7 March, made in January: late
                new WorkFallingDue(LocalDate.of(2023, 4, 18), LocalDate.of(2024, 1, 18)),
                // 6 weeks after 18 January is the leap day, made that day
                new WorkFallingDue(LEAP_DAY, LEAP_DAY),
                // seen the day before the first anniversary: still 6 weeks (T13), made on 31 May: late
                new WorkFallingDue(LocalDate.of(2024, 4, 11), LocalDate.of(2024, 5, 31)),
                // seen after the first anniversary of a placement meant to last until 18: 3 months (T14), not yet made
                new WorkFallingDue(LocalDate.of(2024, 8, 31), null));
    }

    @Test
    void aVisitOnTheFirstAnniversaryMakesTheNextDueThreeMonthsLater() {
        List<WorkFallingDue> due = visits.of(history(placement(PLACED, null, true), LocalDate.of(2024, 1, 18),
                LocalDate.of(2024, 3, 1), LocalDate.of(2024, 5, 31)));

        assertThat(due).contains(new WorkFallingDue(LEAP_DAY, LocalDate.of(2024, 3, 1)), new WorkFallingDue(LocalDate.of(2024, 6, 1),
                LocalDate.of(2024, 5, 31)));
        List<WorkFallingDue> notMeantToLast = visits.of(history(placement(PLACED, null, false), LocalDate.of(2024, 1, 18),
                LocalDate.of(2024, 3, 1)));
        assertThat(notMeantToLast).as("a placement not meant to last until 18: still 6 weeks")
                .contains(new WorkFallingDue(LocalDate.of(2024, 4, 12), null));
    }

    @Test
    void aMonthCountsTheVisitsDueFromItsFirstDayToItsLast() {
        List<VisitHistory<ClaPlacement>> placements = List.of(
                history(placement(PLACED, null, true), LocalDate.of(2024, 1, 18), LocalDate.of(2024, 3, 1)),
                // placed on 22 February: the first visit due on the leap day, made on 1 March
                history(placement(LocalDate.of(2024, 2, 22), null, false), LocalDate.of(2024, 3, 1)),
                // placed on 23 February: the first visit due on 1 March, made that day
                history(placement(LocalDate.of(2024, 2, 23), null, false), LocalDate.of(2024, 3, 1)));

        assertThat(visits.between(placements, LocalDate.of(2024, 2, 1), LEAP_DAY)).as("February: both late on the leap day")
                .isEqualTo(new WorkFallingDue.Count(0, 2));
        assertThat(visits.between(placements, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31))).as("March: the one due on its first day")
                .isEqualTo(new WorkFallingDue.Count(1, 1));
        assertThat(visits.between(placements, LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 28))).as("to the 28th only")
                .isEqualTo(new WorkFallingDue.Count(0, 0));
    }

    @Test
    void aVisitDoesNotFallDueInAPlacementTheChildHasLeft() {
        // seen on 18 January (the next visit due on the leap day); moved on 20 February, and care ended on the leap day
        ClaPlacement left = placement(PLACED, LocalDate.of(2024, 2, 20), true);
        ClaPlacement next = placement(LocalDate.of(2024, 2, 20), LEAP_DAY, false);

        assertThat(visits.of(history(left, LocalDate.of(2024, 1, 18), LocalDate.of(2024, 2, 20))))
                .as("the visit due on the leap day fell due in the new placement instead; the one on the day of the move is the new one's")
                .containsExactly(new WorkFallingDue(LocalDate.of(2023, 3, 8), LocalDate.of(2024, 1, 18)));
        assertThat(visits.of(history(next, LocalDate.of(2024, 1, 18), LocalDate.of(2024, 2, 20))))
                .as("within a week of the move, made that day; none due after care ended")
                .containsExactly(new WorkFallingDue(LocalDate.of(2024, 2, 27), LocalDate.of(2024, 2, 20)));
    }

    @Test
    void theDueDatesTheJourneySetWinAndTwoVisitsOnOneDayAreOne() {
        ClaPlacement placed = placement(LocalDate.of(2024, 1, 10), null, true);
        VisitHistory<ClaPlacement> history = new VisitHistory<>(placed, LocalDate.of(2024, 1, 16), List.of(
                new SeenVisit(LocalDate.of(2024, 1, 15), LocalDate.of(2024, 2, 23)), new SeenVisit(LocalDate.of(2024, 1, 15), null)));

        assertThat(visits.of(history)).containsExactly(new WorkFallingDue(LocalDate.of(2024, 1, 16), LocalDate.of(2024, 1, 15)),
                new WorkFallingDue(LocalDate.of(2024, 2, 23), null));
    }

    @Test
    void shortBreaksOnlyHaveNoVisitsDueHere() {
        ClaPlacement shortBreaks = new ClaPlacement("LAC-9", "C9", LegalStatus.V3, PLACED, null, PlacementType.K2, PlacementProvider.PR5, false);

        assertThat(visits.of(history(shortBreaks))).isEmpty();
    }

    private static VisitHistory<ClaPlacement> history(ClaPlacement placement, LocalDate... seen) {
        return new VisitHistory<>(placement, null, Arrays.stream(seen).map(day -> new SeenVisit(day, null)).toList());
    }

    private static ClaPlacement placement(LocalDate startedOn, LocalDate endedOn, boolean untilEighteen) {
        return new ClaPlacement("LAC-1", "C1", LegalStatus.C2, startedOn, endedOn, PlacementType.U4, PlacementProvider.PR1, untilEighteen);
    }
}
