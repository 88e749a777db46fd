package org.caseflow.kpi.cpplans.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.caseflow.calendar.LocalTimescales;
import org.caseflow.calendar.StatutoryTimescale;
import org.caseflow.calendar.Timescale;
import org.caseflow.calendar.TimescaleUnit;
import org.caseflow.calendar.WorkingDayCalendar;
import org.caseflow.kpi.cpplans.rules.CpVisitTimeliness.PlanVisits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rule T10 as KPI cp-visits-in-timescale judges it (docs/statutory-rules.md sections 2 and 5): with
 * England's common interval, 10 working days, over the bank holidays shipped with Caseflow, and with
 * a council's own choice.
 */
class CpVisitTimelinessTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();
    private static final Timescale TEN_WORKING_DAYS = LocalTimescales.englandCommon().byId(LocalTimescales.CP_VISIT).orElseThrow();

    private final CpVisitTimeliness timeliness = new CpVisitTimeliness(TEN_WORKING_DAYS, CALENDAR);

    @ParameterizedTest(name = "{0}: seen on {1}, the next visit is due by {2}")
    @CsvSource({
            "'over Christmas, Boxing Day and New Year',             2025-12-17, 2026-01-05",
            "seen on the Friday before Christmas,                   2025-12-19, 2026-01-07",
            "seen on the Monday of Christmas week,                  2025-12-22, 2026-01-08",
            "seen early in December: due before Christmas,          2025-12-02, 2025-12-16",
            "seen on a Saturday: as the Friday before,              2025-12-20, 2026-01-07",
            "over the leap day 2024,                                2024-02-16, 2024-03-01"})
    void theNextVisitIsDueTenWorkingDaysAfterTheLastOneTheChildWasSeenIn(String why, LocalDate seenOn, LocalDate due) {
        assertThat(timeliness.nextVisitDue(seenAt(LocalDate.of(2023, 11, 20), seenOn, null))).isEqualTo(due);
    }

    @ParameterizedTest(name = "{0}: seen on {1}, at the end of {2} in timescale {3}")
    @CsvSource({
            "'due 5 January, over Christmas: in time at 31 December', 2025-12-17, 2025-12-31, true",
            "'due 5 January: still in time on the due day',           2025-12-17, 2026-01-05, true",
            "'due 5 January: overdue the day after',                  2025-12-17, 2026-01-06, false",
            "'due 30 December: overdue at the month end',             2025-12-12, 2025-12-31, false",
            "'due 16 December: long overdue at the month end',        2025-12-02, 2025-12-31, false",
            "'due 1 March 2024: in time at the end of a leap February', 2024-02-16, 2024-02-29, true",
            "'due 23 February 2024: overdue at the end of February',  2024-02-09, 2024-02-29, false"})
    void aChildIsInTimescaleUntilTheirNextVisitIsOverdue(String why, LocalDate seenOn, LocalDate reportingDate, boolean inTime) {
        assertThat(timeliness.inTimescaleOn(reportingDate, seenAt(LocalDate.of(2023, 11, 20), seenOn, null))).isEqualTo(inTime);
    }

    @Test
    void beforeTheFirstVisitTheClockRunsFromThePlansStart() {
        PlanVisits noVisitYet = new PlanVisits(plan(LocalDate.of(2025, 12, 17), null), null, null, null);

        assertThat(timeliness.nextVisitDue(noVisitYet)).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(timeliness.inTimescaleOn(LocalDate.of(2025, 12, 31), noVisitYet)).isTrue();
        assertThat(timeliness.inTimescaleOn(LocalDate.of(2026, 1, 31), noVisitYet)).isFalse();
    }

    @Test
    void theDueDateTheJourneySetWinsOverTheCouncilsIntervalNow() {
        // set when the council visited every 4 weeks; it has since chosen 10 working days
        PlanVisits setBefore = new PlanVisits(plan(LocalDate.of(2025, 11, 3), null), LocalDate.of(2025, 12, 1),
                LocalDate.of(2025, 12, 17), LocalDate.of(2026, 1, 14));
        PlanVisits firstSetBefore = new PlanVisits(plan(LocalDate.of(2025, 12, 17), null), LocalDate.of(2026, 1, 14), null, null);

        assertThat(timeliness.nextVisitDue(setBefore)).isEqualTo(LocalDate.of(2026, 1, 14));
        assertThat(timeliness.inTimescaleOn(LocalDate.of(2026, 1, 9), setBefore)).isTrue();
        assertThat(timeliness.nextVisitDue(firstSetBefore)).isEqualTo(LocalDate.of(2026, 1, 14));
    }

    @Test
    void aCouncilsOwnIntervalIsUsedWhereTheJourneySetNoDate() {
        Timescale fourWeeks = LocalTimescales.englandCommon()
                .withIntervals(Map.of(LocalTimescales.CP_VISIT, new LocalTimescales.Interval(4, TimescaleUnit.CALENDAR_WEEKS, null)))
                .byId(LocalTimescales.CP_VISIT).orElseThrow();
        CpVisitTimeliness fourWeekly = new CpVisitTimeliness(fourWeeks, CALENDAR);

        // weeks are calendar days: Christmas does not move the date
        assertThat(fourWeekly.nextVisitDue(seenAt(LocalDate.of(2025, 11, 3), LocalDate.of(2025, 12, 17), null)))
                .isEqualTo(LocalDate.of(2026, 1, 14));
        assertThat(fourWeekly.nextVisitDue(seenAt(LocalDate.of(2023, 11, 20), LocalDate.of(2024, 2, 1), null)))
                .isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void onlyTheChildrenOnAPlanAtTheEndOfTheDayAreCountedEachOnce() {
        LocalDate monthEnd = LocalDate.of(2025, 12, 31);
        List<PlanVisits> plans = List.of(
                seenAt(LocalDate.of(2025, 11, 3), LocalDate.of(2025, 12, 17), null),
                new PlanVisits(new CpPlan("CPP-2", "C2", LocalDate.of(2025, 11, 3), null), null, LocalDate.of(2025, 12, 2), null),
                // ended that day: no longer on a plan, whatever its visits
                new PlanVisits(new CpPlan("CPP-3", "C3", LocalDate.of(2025, 6, 2), monthEnd), null, LocalDate.of(2025, 12, 30), null),
                // starts the next day
                new PlanVisits(new CpPlan("CPP-4", "C4", LocalDate.of(2026, 1, 2), null), null, null, null));

        assertThat(timeliness.count(plans, monthEnd)).isEqualTo(new ChildrenInTimescale(1, 2));
        assertThat(timeliness.count(List.of(), monthEnd)).isEqualTo(new ChildrenInTimescale(0, 0));
    }

    @Test
    void onlyRuleT10TimesTheseVisits() {
        assertThatThrownBy(() -> new CpVisitTimeliness(StatutoryTimescale.FIRST_CORE_GROUP, CALENDAR))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("T10");
    }

    private static PlanVisits seenAt(LocalDate planStart, LocalDate seenOn, LocalDate dueAfter) {
        return new PlanVisits(plan(planStart, null), null, seenOn, dueAfter);
    }

    private static CpPlan plan(LocalDate startedOn, LocalDate endedOn) {
        return new CpPlan("CPP-1", "C1", startedOn, endedOn);
    }
}
