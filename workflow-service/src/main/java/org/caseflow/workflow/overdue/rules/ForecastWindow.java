package org.caseflow.workflow.overdue.rules;

import java.time.LocalDate;
import org.caseflow.calendar.WorkingDayCalendar;

/**
 * The days ahead in which open work becomes overdue unless it is done: from today to the end of the
 * fifth working day after it, counted as every timescale is (today is day 0, weekends and England
 * and Wales bank holidays skipped). Work due today is in the window, since it is overdue once the
 * day ends; so is work due on a weekend or bank holiday inside it (weekly and monthly rules can fall
 * due on one). Work already past its due day is overdue, not forecast.
 *
 * @param today   the day the forecast is made (day 0)
 * @param lastDay the fifth working day after today: work due later is not yet a worry
 */
public record ForecastWindow(LocalDate today, LocalDate lastDay) {

    /** A working week: far enough ahead to reallocate or chase the work before it is late. */
    public static final int WORKING_DAYS_AHEAD = 5;

    /** @throws org.caseflow.calendar.DateOutsideCalendarException when the bank holidays loaded do not reach the window's end */
    public static ForecastWindow from(WorkingDayCalendar calendar, LocalDate today) {
        return new ForecastWindow(today, calendar.addWorkingDays(today, WORKING_DAYS_AHEAD));
    }

    /** Whether work due by the end of {@code dueOn}, and not yet overdue, falls due inside the window. */
    public boolean contains(LocalDate dueOn) {
        return !dueOn.isBefore(today) && !dueOn.isAfter(lastDay);
    }

    /**
     * The working days left after today to do work due on {@code dueOn}: 0 for work due today (or on
     * the weekend straight after), 5 for work due on the window's last day.
     */
    public int workingDaysLeft(WorkingDayCalendar calendar, LocalDate dueOn) {
        if (!contains(dueOn)) {
            throw new IllegalArgumentException(dueOn + " is outside the forecast from " + today + " to " + lastDay);
        }
        return calendar.workingDaysBetween(today, dueOn);
    }
}
