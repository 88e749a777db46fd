package org.caseflow.calendar;

import java.time.LocalDate;

/** What a statutory timescale's limit is counted in. */
public enum TimescaleUnit {

    /** Monday to Friday, not bank holidays; the start is day 0. */
    WORKING_DAYS {
        @Override
        LocalDate add(WorkingDayCalendar calendar, LocalDate start, int amount) {
            return calendar.addWorkingDays(start, amount);
        }
    },
    /** Every day counts. */
    CALENDAR_DAYS {
        @Override
        LocalDate add(WorkingDayCalendar calendar, LocalDate start, int amount) {
            return start.plusDays(amount);
        }
    },
    /** 7 calendar days each, no exclusions. */
    CALENDAR_WEEKS {
        @Override
        LocalDate add(WorkingDayCalendar calendar, LocalDate start, int amount) {
            return calendar.addWeeks(start, amount);
        }
    },
    /** Calendar months, clamped to the end of a shorter month. */
    CALENDAR_MONTHS {
        @Override
        LocalDate add(WorkingDayCalendar calendar, LocalDate start, int amount) {
            return calendar.addMonths(start, amount);
        }
    };

    abstract LocalDate add(WorkingDayCalendar calendar, LocalDate start, int amount);
}
