package org.caseflow.simulator;

import java.time.LocalDate;
import java.util.Arrays;
import org.caseflow.calendar.DateOutsideCalendarException;
import org.caseflow.calendar.WorkingDayCalendar;

/**
 * The working-day arithmetic the simulated practitioners work to, counted exactly as Caseflow's calendar counts it
 * ({@link WorkingDayCalendar}), but looked up rather than counted day by day: a simulation asks it hundreds of
 * millions of times.
 */
final class BusinessDays {

    private final WorkingDayCalendar calendar;
    private final long firstEpochDay;
    private final LocalDate lastCoveredDay;
    /** For each covered day, how many working days there are from the first covered day up to it, itself included. */
    private final int[] workingDaysUpTo;
    /** The covered working days in order: {@code workingDays[k - 1]} is the k-th. */
    private final LocalDate[] workingDays;

    BusinessDays(WorkingDayCalendar calendar) {
        this.calendar = calendar;
        LocalDate first = LocalDate.of(calendar.coveredYears().first().getValue(), 1, 1);
        this.lastCoveredDay = LocalDate.of(calendar.coveredYears().last().getValue(), 12, 31);
        this.firstEpochDay = first.toEpochDay();
        int length = (int) (lastCoveredDay.toEpochDay() - firstEpochDay + 1);
        this.workingDaysUpTo = new int[length];
        LocalDate[] found = new LocalDate[length];
        int count = 0;
        for (int i = 0; i < length; i++) {
            LocalDate day = first.plusDays(i);
            if (calendar.isWorkingDay(day)) {
                found[count++] = day;
            }
            workingDaysUpTo[i] = count;
        }
        this.workingDays = Arrays.copyOf(found, count);
    }

    /** Working day {@code n} after {@code day} (day 0 is {@code day} itself), as statutory deadlines are counted. */
    LocalDate plus(LocalDate day, int n) {
        if (n == 0) {
            return day;
        }
        return workingDay(upTo(day) + n);
    }

    /** The latest working day {@code n} working days before {@code day}; with 0, the last working day on or before it. */
    LocalDate minus(LocalDate day, int n) {
        return workingDay(upTo(day) - n);
    }

    /**
     * {@code day} itself if it is a working day, else the next one. A day past the calendar's end is left as it is: it
     * lies far beyond any simulation (a long stay in care drawn to end decades on), and is never reached.
     */
    LocalDate onOrAfter(LocalDate day) {
        if (day.isAfter(lastCoveredDay.minusDays(7))) {
            return day;
        }
        return isWorkingDay(day) ? day : plus(day, 1);
    }

    boolean isWorkingDay(LocalDate day) {
        int index = index(day);
        return workingDaysUpTo[index] > (index == 0 ? 0 : workingDaysUpTo[index - 1]);
    }

    /** The first day the calendar can count from. */
    LocalDate firstCoveredDay() {
        return LocalDate.ofEpochDay(firstEpochDay);
    }

    /** The last day the calendar can count to. */
    LocalDate lastCoveredDay() {
        return lastCoveredDay;
    }

    private int upTo(LocalDate day) {
        return workingDaysUpTo[index(day)];
    }

    /** The {@code k}-th covered working day; counting beyond the covered years is an error, as in the calendar. */
    private LocalDate workingDay(int k) {
        if (k < 1 || k > workingDays.length) {
            throw new DateOutsideCalendarException(k < 1 ? firstCoveredDay().minusDays(1) : lastCoveredDay.plusDays(1),
                    calendar.coveredYears());
        }
        return workingDays[k - 1];
    }

    private int index(LocalDate day) {
        long index = day.toEpochDay() - firstEpochDay;
        if (index < 0 || index >= workingDaysUpTo.length) {
            throw new DateOutsideCalendarException(day, calendar.coveredYears());
        }
        return (int) index;
    }
}
