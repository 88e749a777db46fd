package org.caseflow.workflow.tasklist.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.caseflow.calendar.WorkingDayCalendar;
import org.caseflow.journey.events.BusinessDates;

/**
 * Where open work stands against its timescale, in the words Tasklist's "Overdue" and "At risk"
 * filters show beside each task: how many working days late it is, or, while it is only at risk,
 * how many working days are left. Days are London days, counted as every timescale is (weekends and
 * England and Wales bank holidays skipped); work is late from the day after its deadline day.
 */
public final class TimescaleStanding {

    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private TimescaleStanding() {
    }

    /**
     * @param due      the end of the deadline day; work without one has no timescale
     * @param followUp the start of the at-risk period, if the work has one
     * @return nothing while the work is neither overdue nor at risk
     */
    public static Optional<String> at(Instant now, Instant due, Instant followUp, WorkingDayCalendar calendar) {
        if (due == null) {
            return Optional.empty();
        }
        LocalDate dueOn = BusinessDates.dateOf(due);
        LocalDate today = BusinessDates.dateOf(now);
        if (due.isBefore(now)) {
            return Optional.of(late(dueOn, today, calendar));
        }
        if (followUp != null && followUp.isBefore(now)) {
            return Optional.of(left(dueOn, today, calendar));
        }
        return Optional.empty();
    }

    private static String late(LocalDate dueOn, LocalDate today, WorkingDayCalendar calendar) {
        // the weekend straight after a Friday deadline is 0 working days late, and a deadline the
        // loaded bank holidays do not reach is not guessed at: both say when the work was due instead
        // (short words: Tasklist shows the start of a column's value, about 25 characters)
        int late = covered(calendar, dueOn, today) ? calendar.workingDaysBetween(dueOn, today) : 0;
        return late > 0 ? workingDays(late) + " late" : "overdue, due " + dueOn.format(ENGLISH_DATE);
    }

    private static String left(LocalDate dueOn, LocalDate today, WorkingDayCalendar calendar) {
        if (dueOn.equals(today)) {
            return "due today";
        }
        int left = covered(calendar, today, dueOn) ? calendar.workingDaysBetween(today, dueOn) : 0;
        return left > 0 ? "due in " + workingDays(left) : "due by " + dueOn.format(ENGLISH_DATE);
    }

    private static boolean covered(WorkingDayCalendar calendar, LocalDate from, LocalDate to) {
        return calendar.coveredYears().contains(from) && calendar.coveredYears().contains(to);
    }

    private static String workingDays(int days) {
        return days + (days == 1 ? " working day" : " working days");
    }
}
