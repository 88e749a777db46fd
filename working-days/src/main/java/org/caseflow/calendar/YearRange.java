package org.caseflow.calendar;

import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;

/**
 * The years, first to last inclusive, that a bank holiday table covers. Working days can only be
 * counted inside this range: outside it we do not know which days are bank holidays.
 */
public record YearRange(Year first, Year last) {

    public YearRange {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("Year range " + first + "-" + last + " ends before it starts");
        }
    }

    public boolean contains(LocalDate date) {
        int year = date.getYear();
        return year >= first.getValue() && year <= last.getValue();
    }

    /** For messages: {@code 2018-2030}. */
    @Override
    public String toString() {
        return first + "-" + last;
    }
}
