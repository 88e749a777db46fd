package org.caseflow.calendar;

import java.time.LocalDate;

/** What a statutory timescale's limit is counted in. */
public enum TimescaleUnit {

    /** Monday to Friday, not bank holidays; the start is day 0. */
    WORKING_DAYS("working day") {
        @Override
        LocalDate add(WorkingDayCalendar calendar, LocalDate start, int amount) {
            return calendar.addWorkingDays(start, amount);
        }
    },
    /** Every day counts. */
    CALENDAR_DAYS("day") {
        @Override
        LocalDate add(WorkingDayCalendar calendar, LocalDate start, int amount) {
            return start.plusDays(amount);
        }
    },
    /** 7 calendar days each, no exclusions. */
    CALENDAR_WEEKS("week") {
        @Override
        LocalDate add(WorkingDayCalendar calendar, LocalDate start, int amount) {
            return calendar.addWeeks(start, amount);
        }
    },
    /** Calendar months, clamped to the end of a shorter month. */
    CALENDAR_MONTHS("month") {
        @Override
        LocalDate add(WorkingDayCalendar calendar, LocalDate start, int amount) {
            return calendar.addMonths(start, amount);
        }
    },
    /**
     * Calendar years: the same day of the same month, or 28 February for 29 February (as months
     * are clamped). For intervals renewed over years, such as a foster carer's DBS check (T27).
     */
    CALENDAR_YEARS("year") {
        @Override
        LocalDate add(WorkingDayCalendar calendar, LocalDate start, int amount) {
            return calendar.addMonths(start, 12 * amount);
        }
    };

    private final String one;

    TimescaleUnit(String one) {
        this.one = one;
    }

    abstract LocalDate add(WorkingDayCalendar calendar, LocalDate start, int amount);

    /** "1 working day", "45 working days". */
    public String inWords(int amount) {
        return amount + " " + one + (amount == 1 ? "" : "s");
    }
}
