package org.caseflow.casework.childpage.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.caseflow.calendar.DateOutsideCalendarException;
import org.caseflow.calendar.Timescale;
import org.caseflow.calendar.WorkingDayCalendar;

/**
 * Where a statutory date stands on a day, as the child's record shows it: overdue once the day it
 * was due has passed with nothing recorded, at risk from its timescale's at-risk point to the end of
 * its due day (docs/statutory-rules.md: 10 working days ahead for an assessment, the due day itself
 * for most rules, earlier where the council sets it), and otherwise coming up.
 *
 * @param standing    which of the three
 * @param workingDays working days late (overdue), left after today (at risk, coming up); null when
 *                    the dates fall outside the years the bank holidays are known for
 */
public record DueDateStanding(Standing standing, Integer workingDays) {

    public enum Standing { OVERDUE, AT_RISK, COMING_UP }

    public DueDateStanding {
        Objects.requireNonNull(standing, "standing");
    }

    /**
     * The first day work due on {@code dueOn} is at risk: the rule's at-risk point, counted back
     * from its deadline by the margin the rule leaves ({@code limit - atRiskAfter}, in its unit).
     * With no rule, or a rule at risk on its deadline, the due day itself.
     */
    public static LocalDate atRiskFrom(Timescale rule, LocalDate dueOn, WorkingDayCalendar calendar) {
        Objects.requireNonNull(dueOn, "dueOn");
        int margin = rule == null ? 0 : rule.limit() - rule.atRiskAfter();
        if (margin <= 0) {
            return dueOn;
        }
        return switch (rule.unit()) {
            case WORKING_DAYS -> workingDaysBefore(calendar, dueOn, margin);
            case CALENDAR_DAYS -> dueOn.minusDays(margin);
            case CALENDAR_WEEKS -> dueOn.minusWeeks(margin);
            case CALENDAR_MONTHS -> dueOn.minusMonths(margin);
            case CALENDAR_YEARS -> dueOn.minusYears(margin);
        };
    }

    /** How work due on {@code dueOn}, at risk from {@code atRiskFrom}, stands on {@code today}. */
    public static DueDateStanding on(LocalDate today, LocalDate dueOn, LocalDate atRiskFrom, WorkingDayCalendar calendar) {
        if (today.isAfter(dueOn)) {
            return new DueDateStanding(Standing.OVERDUE, workingDaysBetween(calendar, dueOn, today));
        }
        Standing standing = today.isBefore(atRiskFrom) ? Standing.COMING_UP : Standing.AT_RISK;
        return new DueDateStanding(standing, workingDaysBetween(calendar, today, dueOn));
    }

    /**
     * The standing in words, so that it never rests on colour alone: "Overdue: 3 working days late",
     * "At risk: due today", "At risk: 2 working days left", "Due in 12 working days".
     *
     * @param today  the day it is judged on, for a date due over a weekend (no working day left, yet not today)
     * @param dueOn  the date it is due
     */
    public String inWords(LocalDate today, LocalDate dueOn) {
        return switch (standing) {
            case OVERDUE -> workingDays == null || workingDays == 0 ? "Overdue" : "Overdue: " + workingDaysInWords() + " late";
            case AT_RISK -> dueOn.equals(today) ? "At risk: due today"
                    : workingDays == null || workingDays == 0 ? "At risk: due in " + daysInWords(today, dueOn)
                    : "At risk: " + workingDaysInWords() + " left";
            case COMING_UP -> workingDays == null || workingDays == 0 ? "Due in " + daysInWords(today, dueOn)
                    : "Due in " + workingDaysInWords();
        };
    }

    private String workingDaysInWords() {
        return workingDays + (workingDays == 1 ? " working day" : " working days");
    }

    private static String daysInWords(LocalDate today, LocalDate dueOn) {
        long days = ChronoUnit.DAYS.between(today, dueOn);
        return days + (days == 1 ? " day" : " days");
    }

    /** Counting back needs the bank holidays; outside the years known, the due day is the best warning left. */
    private static LocalDate workingDaysBefore(WorkingDayCalendar calendar, LocalDate day, int n) {
        try {
            return calendar.workingDaysBefore(day, n);
        } catch (DateOutsideCalendarException outside) {
            return day;
        }
    }

    private static Integer workingDaysBetween(WorkingDayCalendar calendar, LocalDate from, LocalDate to) {
        try {
            return calendar.workingDaysBetween(from, to);
        } catch (DateOutsideCalendarException outside) {
            return null;
        }
    }
}
