package org.caseflow.workflow.overdue.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.MonthDay;
import org.caseflow.calendar.DateOutsideCalendarException;
import org.caseflow.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which open work the forecast names: due from today to the fifth working day after it. */
class ForecastWindowTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();

    @ParameterizedTest(name = "made on {0}, the forecast runs to {1}")
    @CsvSource({
            "2026-03-04, 2026-03-11",  // a Wednesday: the same day next week
            "2026-03-06, 2026-03-13",  // a Friday: the weekend adds no working day
            "2026-03-07, 2026-03-13",  // a Saturday: Monday is day 1
            "2026-04-29, 2026-05-07",  // the early May bank holiday (Monday 4 May) inside it: a day later
            "2026-04-02, 2026-04-13",  // Good Friday and Easter Monday inside it: two days later
            "2026-06-30, 2026-07-07",  // the month's last day: counting runs on into July
            "2025-12-31, 2026-01-08",  // the year's last day, with New Year's Day a bank holiday
            "2025-12-22, 2025-12-31"   // Christmas week: 25 and 26 December skipped
    })
    void runsToTheFifthWorkingDayAfterToday(LocalDate today, LocalDate lastDay) {
        assertThat(ForecastWindow.from(CALENDAR, today)).isEqualTo(new ForecastWindow(today, lastDay));
    }

    @ParameterizedTest(name = "made on {0}, work due on {1} is in it: {2}")
    @CsvSource({
            // on a Friday
            "2026-03-06, 2026-03-05, false",  // due yesterday: already overdue, not forecast
            "2026-03-06, 2026-03-06, true",   // due today: overdue tonight unless done
            "2026-03-06, 2026-03-08, true",   // due on the Sunday (a weekly rule): in
            "2026-03-06, 2026-03-13, true",   // due on the fifth working day: the last in
            "2026-03-06, 2026-03-14, false",  // the Saturday after it: not yet
            // with a bank holiday inside
            "2026-04-29, 2026-05-04, true",   // due on the bank holiday itself
            "2026-04-29, 2026-05-07, true",   // five working days, not five weekdays, ahead
            "2026-04-29, 2026-05-08, false",
            // at the month's end
            "2026-06-30, 2026-06-30, true",
            "2026-06-30, 2026-07-07, true",
            "2026-06-30, 2026-07-08, false"
    })
    void holdsWorkDueFromTodayToItsLastDay(LocalDate today, LocalDate dueOn, boolean inWindow) {
        assertThat(ForecastWindow.from(CALENDAR, today).contains(dueOn)).isEqualTo(inWindow);
    }

    @ParameterizedTest(name = "made on {0}, work due on {1} has {2} working days left")
    @CsvSource({
            "2026-03-06, 2026-03-06, 0",  // due today
            "2026-03-06, 2026-03-07, 0",  // due on the Saturday: no working day left to do it in
            "2026-03-06, 2026-03-09, 1",  // due on the Monday
            "2026-03-06, 2026-03-13, 5",
            "2026-04-29, 2026-05-04, 2",  // the bank holiday is not a day to work in
            "2026-04-29, 2026-05-05, 3",
            "2026-06-30, 2026-07-01, 1",  // across the month's end
            "2025-12-31, 2026-01-02, 1"   // across the year's end and New Year's Day
    })
    void countsTheWorkingDaysLeftAfterToday(LocalDate today, LocalDate dueOn, int workingDaysLeft) {
        assertThat(ForecastWindow.from(CALENDAR, today).workingDaysLeft(CALENDAR, dueOn)).isEqualTo(workingDaysLeft);
    }

    @Test
    void workOutsideTheWindowHasNoDaysLeftToCount() {
        ForecastWindow window = ForecastWindow.from(CALENDAR, LocalDate.of(2026, 3, 6));

        assertThatThrownBy(() -> window.workingDaysLeft(CALENDAR, LocalDate.of(2026, 3, 14)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> window.workingDaysLeft(CALENDAR, LocalDate.of(2026, 3, 5)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aWindowPastTheBankHolidaysLoadedIsNotGuessedAt() {
        LocalDate lateInTheLastYearCovered = CALENDAR.coveredYears().last().atMonthDay(MonthDay.of(12, 30));

        assertThatThrownBy(() -> ForecastWindow.from(CALENDAR, lateInTheLastYearCovered))
                .isInstanceOf(DateOutsideCalendarException.class);
    }
}
