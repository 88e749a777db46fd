package org.caseflow.kpi.measures.rules;

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
import org.caseflow.kpi.childinneed.rules.CinPlan;
import org.caseflow.kpi.cpplans.rules.CpPlan;
import org.caseflow.kpi.measures.rules.VisitTimeliness.PlanVisits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rules T10 and T11 as KPIs cp-visits-in-timescale and cin-visits-in-timescale judge them
 * (docs/statutory-rules.md sections 2 and 5): with England's common intervals, 10 and 20 working days,
 * over the bank holidays shipped with Caseflow, and with a council's own choice.
 */
class VisitTimelinessTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();
    private static final Timescale TEN_WORKING_DAYS = LocalTimescales.englandCommon().byId(LocalTimescales.CP_VISIT).orElseThrow();
    private static final Timescale TWENTY_WORKING_DAYS = LocalTimescales.englandCommon().byId(LocalTimescales.CIN_VISIT).orElseThrow();

    private final VisitTimeliness<Involvement> childProtection = VisitTimeliness.childProtection(TEN_WORKING_DAYS, CALENDAR);
    private final VisitTimeliness<Involvement> childInNeed = VisitTimeliness.childInNeed(TWENTY_WORKING_DAYS, CALENDAR);

    @ParameterizedTest(name = "{0}: seen on {1}, the next visit is due by {2}")
    @CsvSource({
            "'over Christmas, Boxing Day and New Year',             2025-12-17, 2026-01-05",
            "seen on the Friday before Christmas,                   2025-12-19, 2026-01-07",
            "seen on the Monday of Christmas week,                  2025-12-22, 2026-01-08",
            "seen early in December: due before Christmas,          2025-12-02, 2025-12-16",
            "seen on a Saturday: as the Friday before,              2025-12-20, 2026-01-07",
            "over the leap day 2024,                                2024-02-16, 2024-03-01"})
    void theNextChildProtectionVisitIsDueTenWorkingDaysAfterTheLastOneTheChildWasSeenIn(String why, LocalDate seenOn, LocalDate due) {
        assertThat(childProtection.nextVisitDue(seenAt(cpPlan(LocalDate.of(2023, 11, 20)), seenOn, null))).isEqualTo(due);
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
    void aChildOnAChildProtectionPlanIsInTimescaleUntilTheirNextVisitIsOverdue(String why, LocalDate seenOn, LocalDate reportingDate,
            boolean inTime) {
        assertThat(childProtection.inTimescaleOn(reportingDate, seenAt(cpPlan(LocalDate.of(2023, 11, 20)), seenOn, null)))
                .isEqualTo(inTime);
    }

    @ParameterizedTest(name = "{0}: seen on {1}, the next visit is due by {2}")
    @CsvSource({
            "'over Christmas, Boxing Day and New Year: 20 working days are 4 weeks and 3 days', 2025-12-10, 2026-01-12",
            "seen on the first Friday of December,                                          2025-12-05, 2026-01-07",
            "seen on a Saturday: as the Friday before,                                      2025-12-06, 2026-01-07",
            "'seen on 1 December: due on New Year''s Eve, a working day',                   2025-12-01, 2025-12-31",
            "'seen on 2 December: due on 2 January, after the New Year holiday',            2025-12-02, 2026-01-02",
            "'seen on 1 February 2024: due on the leap day',                                2024-02-01, 2024-02-29",
            "'seen on 2 February 2024: due on 1 March',                                     2024-02-02, 2024-03-01"})
    void theNextChildInNeedVisitIsDueTwentyWorkingDaysAfterTheLastOneTheChildWasSeenIn(String why, LocalDate seenOn, LocalDate due) {
        assertThat(childInNeed.nextVisitDue(seenAt(cinPlan(LocalDate.of(2023, 11, 20), null), seenOn, null))).isEqualTo(due);
    }

    @ParameterizedTest(name = "{0}: seen on {1}, at the end of {2} in timescale {3}")
    @CsvSource({
            "'due 31 December: in time at the month end',            2025-12-01, 2025-12-31, true",
            "'due 31 December: overdue on 2 January',                2025-12-01, 2026-01-02, false",
            "'due 2 January, over Christmas: in time at 31 December', 2025-12-02, 2025-12-31, true",
            "'due 2 January: still in time on the due day',          2025-12-02, 2026-01-02, true",
            "'due 2 January: overdue the Saturday after',            2025-12-02, 2026-01-03, false",
            "'due 30 December: overdue at the month end',            2025-11-28, 2025-12-31, false",
            "'due 29 February 2024: in time at the end of a leap February', 2024-02-01, 2024-02-29, true",
            "'due 29 February 2024: overdue on 1 March',             2024-02-01, 2024-03-01, false",
            "'due 28 February 2024: overdue at the end of a leap February', 2024-01-31, 2024-02-29, false"})
    void aChildOnAChildInNeedPlanIsInTimescaleUntilTheirNextVisitIsOverdue(String why, LocalDate seenOn, LocalDate reportingDate,
            boolean inTime) {
        assertThat(childInNeed.inTimescaleOn(reportingDate, seenAt(cinPlan(LocalDate.of(2023, 11, 20), null), seenOn, null)))
                .isEqualTo(inTime);
    }

    @Test
    void beforeTheFirstVisitTheClockRunsFromThePlansStart() {
        PlanVisits<?> noVisitYet = new PlanVisits<>(cpPlan(LocalDate.of(2025, 12, 17)), null, null, null);
        // a child in need plan started on Christmas Eve: 20 working days run to Monday 26 January
        PlanVisits<?> noCinVisitYet = new PlanVisits<>(cinPlan(LocalDate.of(2025, 12, 24), null), null, null, null);

        assertThat(childProtection.nextVisitDue(noVisitYet)).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(childProtection.inTimescaleOn(LocalDate.of(2025, 12, 31), noVisitYet)).isTrue();
        assertThat(childProtection.inTimescaleOn(LocalDate.of(2026, 1, 31), noVisitYet)).isFalse();
        assertThat(childInNeed.nextVisitDue(noCinVisitYet)).isEqualTo(LocalDate.of(2026, 1, 26));
        assertThat(childInNeed.inTimescaleOn(LocalDate.of(2026, 1, 26), noCinVisitYet)).isTrue();
        assertThat(childInNeed.inTimescaleOn(LocalDate.of(2026, 1, 31), noCinVisitYet)).isFalse();
    }

    @Test
    void aVisitBeforeThePlanStartedDoesNotTimeIt() {
        PlanVisits<?> seenBefore = seenAt(cinPlan(LocalDate.of(2025, 12, 24), null), LocalDate.of(2025, 12, 23), null);

        assertThat(childInNeed.nextVisitDue(seenBefore)).isEqualTo(LocalDate.of(2026, 1, 26));
    }

    @Test
    void theDueDateTheJourneySetWinsOverTheCouncilsIntervalNow() {
        // set when the council visited every 4 weeks; it has since chosen 10 working days
        PlanVisits<?> setBefore = new PlanVisits<>(cpPlan(LocalDate.of(2025, 11, 3)), LocalDate.of(2025, 12, 1),
                LocalDate.of(2025, 12, 17), LocalDate.of(2026, 1, 14));
        PlanVisits<?> firstSetBefore = new PlanVisits<>(cpPlan(LocalDate.of(2025, 12, 17)), LocalDate.of(2026, 1, 14), null, null);
        // set when the council visited children in need every 6 weeks; it has since chosen 20 working days
        PlanVisits<?> cinSetBefore = new PlanVisits<>(cinPlan(LocalDate.of(2025, 11, 3), null), null, LocalDate.of(2025, 12, 17),
                LocalDate.of(2026, 1, 28));

        assertThat(childProtection.nextVisitDue(setBefore)).isEqualTo(LocalDate.of(2026, 1, 14));
        assertThat(childProtection.inTimescaleOn(LocalDate.of(2026, 1, 9), setBefore)).isTrue();
        assertThat(childProtection.nextVisitDue(firstSetBefore)).isEqualTo(LocalDate.of(2026, 1, 14));
        assertThat(childInNeed.nextVisitDue(cinSetBefore)).isEqualTo(LocalDate.of(2026, 1, 28));
        assertThat(childInNeed.inTimescaleOn(LocalDate.of(2026, 1, 27), cinSetBefore)).isTrue();
    }

    @Test
    void aCouncilsOwnIntervalIsUsedWhereTheJourneySetNoDate() {
        LocalTimescales fourWeekly = LocalTimescales.englandCommon().withIntervals(Map.of(
                LocalTimescales.CP_VISIT, new LocalTimescales.Interval(4, TimescaleUnit.CALENDAR_WEEKS, null),
                LocalTimescales.CIN_VISIT, new LocalTimescales.Interval(6, TimescaleUnit.CALENDAR_WEEKS, null)));
        VisitTimeliness<Involvement> cpFourWeekly = VisitTimeliness.childProtection(fourWeekly.byId(LocalTimescales.CP_VISIT).orElseThrow(), CALENDAR);
        VisitTimeliness<Involvement> cinSixWeekly = VisitTimeliness.childInNeed(fourWeekly.byId(LocalTimescales.CIN_VISIT).orElseThrow(), CALENDAR);

        // weeks are calendar days: Christmas does not move the date
        assertThat(cpFourWeekly.nextVisitDue(seenAt(cpPlan(LocalDate.of(2025, 11, 3)), LocalDate.of(2025, 12, 17), null)))
                .isEqualTo(LocalDate.of(2026, 1, 14));
        assertThat(cpFourWeekly.nextVisitDue(seenAt(cpPlan(LocalDate.of(2023, 11, 20)), LocalDate.of(2024, 2, 1), null)))
                .isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(cinSixWeekly.nextVisitDue(seenAt(cinPlan(LocalDate.of(2025, 11, 3), null), LocalDate.of(2025, 12, 17), null)))
                .isEqualTo(LocalDate.of(2026, 1, 28));
    }

    @Test
    void onlyTheChildrenOnAPlanAtTheEndOfTheDayAreCountedEachOnce() {
        LocalDate monthEnd = LocalDate.of(2025, 12, 31);
        List<PlanVisits<?>> plans = List.of(
                seenAt(cpPlan(LocalDate.of(2025, 11, 3)), LocalDate.of(2025, 12, 17), null),
                new PlanVisits<>(new CpPlan("CPP-2", "C2", LocalDate.of(2025, 11, 3), null), null, LocalDate.of(2025, 12, 2), null),
                // ended that day: no longer on a plan, whatever its visits
                new PlanVisits<>(new CpPlan("CPP-3", "C3", LocalDate.of(2025, 6, 2), monthEnd), null, LocalDate.of(2025, 12, 30), null),
                // starts the next day
                new PlanVisits<>(new CpPlan("CPP-4", "C4", LocalDate.of(2026, 1, 2), null), null, null, null));

        assertThat(childProtection.count(plans, monthEnd)).isEqualTo(new ChildrenInTimescale(1, 2));
        assertThat(childProtection.count(List.of(), monthEnd)).isEqualTo(new ChildrenInTimescale(0, 0));
    }

    @Test
    void aChildInNeedPlanEndingOnTheReportingDateIsNotCounted() {
        LocalDate monthEnd = LocalDate.of(2025, 12, 31);
        List<PlanVisits<?>> plans = List.of(
                seenAt(cinPlan(LocalDate.of(2025, 11, 3), null), LocalDate.of(2025, 12, 1), null),
                seenAt(new CinPlan("CIN-2", "C2", LocalDate.of(2025, 11, 3), monthEnd), LocalDate.of(2025, 11, 3), null),
                seenAt(new CinPlan("CIN-3", "C3", LocalDate.of(2025, 11, 3), LocalDate.of(2026, 1, 1)), LocalDate.of(2025, 11, 3), null));

        assertThat(childInNeed.count(plans, monthEnd)).as("C1 due that day; C3's plan ends the day after, its visit long overdue")
                .isEqualTo(new ChildrenInTimescale(1, 2));
    }

    @Test
    void eachKindOfVisitIsTimedByItsOwnRule() {
        assertThatThrownBy(() -> VisitTimeliness.childProtection(StatutoryTimescale.FIRST_CORE_GROUP, CALENDAR))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("T10");
        assertThatThrownBy(() -> VisitTimeliness.childInNeed(TEN_WORKING_DAYS, CALENDAR))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("T11");
        assertThatThrownBy(() -> VisitTimeliness.childProtection(TWENTY_WORKING_DAYS, CALENDAR))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("T10");
    }

    private static PlanVisits<Involvement> seenAt(Involvement plan, LocalDate seenOn, LocalDate dueAfter) {
        return new PlanVisits<>(plan, null, seenOn, dueAfter);
    }

    private static CpPlan cpPlan(LocalDate startedOn) {
        return new CpPlan("CPP-1", "C1", startedOn, null);
    }

    private static CinPlan cinPlan(LocalDate startedOn, LocalDate endedOn) {
        return new CinPlan("CIN-1", "C1", startedOn, endedOn);
    }
}
