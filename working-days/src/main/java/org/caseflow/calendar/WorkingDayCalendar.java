package org.caseflow.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Working days in England and Wales, and the date arithmetic the statutory timescales are counted
 * in. The one place Caseflow counts working days (rules in docs/statutory-rules.md).
 * Immutable and thread-safe.
 *
 * <p>A <em>working day</em> is Monday to Friday, not a bank holiday. 24 and 31 December are
 * working days; a local closure day is a working day unless an administrator adds it to the bank
 * holiday file.
 *
 * <p>Any date outside the years the bank holidays cover, whether passed in or reached while
 * counting, throws {@link DateOutsideCalendarException}: a deadline counted past the end of the
 * table would silently ignore that year's bank holidays.
 */
public final class WorkingDayCalendar {

    private final BankHolidays bankHolidays;

    public WorkingDayCalendar(BankHolidays bankHolidays) {
        this.bankHolidays = Objects.requireNonNull(bankHolidays, "bankHolidays");
    }

    /** The calendar over the bank holidays shipped with this library. */
    public static WorkingDayCalendar englandAndWales() {
        return new WorkingDayCalendar(BankHolidays.englandAndWales());
    }

    public YearRange coveredYears() {
        return bankHolidays.coveredYears();
    }

    /** Monday to Friday and not a bank holiday. */
    public boolean isWorkingDay(LocalDate date) {
        bankHolidays.requireCovered(date);
        return !isWeekend(date) && !bankHolidays.contains(date);
    }

    /**
     * Working day {@code n} after {@code start}: the start (the trigger) is day 0 and only working
     * days after it are counted, so a trigger on a weekend or bank holiday makes the next working
     * day day 1. {@code n = 0} returns {@code start} itself, working day or not.
     *
     * <p>Example: a strategy discussion on Thursday 18 December 2025 plus 15 working days is
     * Tuesday 13 January 2026 (25, 26 December and 1 January are bank holidays).
     *
     * @throws IllegalArgumentException when {@code n} is negative: deadlines only run forwards
     * @throws DateOutsideCalendarException when the count leaves the covered years
     */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("Cannot add a negative number of working days (" + n + ")");
        }
        bankHolidays.requireCovered(start);
        LocalDate day = start;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * Counting back: the latest working day from which {@code day} is {@code n} working days on
     * ({@code workingDaysBetween(result, day) == n}). With {@code n = 0}, the last working day on or
     * before {@code day}. For dating work that has already happened (demo data, a case brought in
     * from another system); deadlines run forwards, with {@link #addWorkingDays}.
     *
     * @throws DateOutsideCalendarException when the count leaves the covered years
     */
    public LocalDate workingDaysBefore(LocalDate day, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("Cannot count back a negative number of working days (" + n + ")");
        }
        LocalDate date = day;
        int after = 0;
        while (true) {
            bankHolidays.requireCovered(date);
            if (isWorkingDay(date)) {
                if (after == n) {
                    return date;
                }
                after++;
            }
            date = date.minusDays(1);
        }
    }

    /**
     * The number of working days {@code d} with {@code from < d <= to}: the duration from a trigger
     * to an event as the DfE buckets it (an event on the trigger day is 0). Negative, the reverse
     * count, when {@code to} is before {@code from}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        bankHolidays.requireCovered(from);
        bankHolidays.requireCovered(to);
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /**
     * Whether {@code event} happened within {@code n} working days of {@code start}: on or before
     * working day {@code n} ({@link #addWorkingDays}).
     *
     * <p>Compliance is judged against the deadline <em>date</em>, not by the duration
     * {@link #workingDaysBetween}: the duration does not grow over a weekend or bank holiday, so a
     * conference held on the Saturday after a Friday deadline has the same working-day duration as
     * one held on the Friday, yet it is a day late.
     */
    public boolean isWithin(LocalDate start, LocalDate event, int n) {
        bankHolidays.requireCovered(event);
        return !event.isAfter(addWorkingDays(start, n));
    }

    /**
     * {@code n} calendar months after {@code date}, clamped to the end of a shorter month
     * (31 January + 1 month = 28 or 29 February), as {@link LocalDate#plusMonths} does.
     *
     * <p>Pure calendar arithmetic: weekends and bank holidays play no part, so unlike the
     * working-day methods this works for any date.
     */
    public LocalDate addMonths(LocalDate date, int n) {
        return date.plusMonths(n);
    }

    /**
     * {@code n} weeks (7n calendar days) after {@code date}, weekends and bank holidays included.
     * Pure calendar arithmetic, so it works for any date.
     */
    public LocalDate addWeeks(LocalDate date, int n) {
        return date.plusWeeks(n);
    }

    private static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }
}
