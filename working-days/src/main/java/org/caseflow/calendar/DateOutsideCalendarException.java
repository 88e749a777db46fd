package org.caseflow.calendar;

import java.time.LocalDate;

/**
 * A date outside the years the bank holiday table covers was asked about, directly or while
 * counting. We refuse rather than guess: a deadline computed without the bank holidays could be a
 * day or more early or late, and nobody would notice. The fix is to extend the bank holiday file
 * (see docs/statutory-rules.md), not to catch this exception.
 */
public class DateOutsideCalendarException extends RuntimeException {

    private final LocalDate date;
    private final YearRange coveredYears;

    public DateOutsideCalendarException(LocalDate date, YearRange coveredYears) {
        super(date + " is outside the years the bank holiday calendar covers (" + coveredYears
                + "), so its working days cannot be counted. Extend the England and Wales bank holiday file"
                + " to cover " + date.getYear() + " (see docs/statutory-rules.md).");
        this.date = date;
        this.coveredYears = coveredYears;
    }

    public LocalDate date() {
        return date;
    }

    public YearRange coveredYears() {
        return coveredYears;
    }
}
