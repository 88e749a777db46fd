package org.caseflow.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;

/**
 * A reporting year, 1 April to 31 March, named by the calendar year it starts in: the year in
 * which the DfE's children in need and looked-after returns, and most council performance
 * reports, count.
 *
 * @param startYear the calendar year of its 1 April, e.g. 2025 for 2025-26
 */
public record FinancialYear(int startYear) {

    /** The financial year {@code date} falls in: before 1 April, the one that started the year before. */
    public static FinancialYear containing(LocalDate date) {
        int year = date.getYear();
        return new FinancialYear(date.getMonthValue() >= Month.APRIL.getValue() ? year : year - 1);
    }

    /** 1 April. */
    public LocalDate start() {
        return LocalDate.of(startYear, Month.APRIL, 1);
    }

    /** 31 March of the next calendar year. */
    public LocalDate end() {
        return LocalDate.of(startYear + 1, Month.MARCH, 31);
    }

    /** 365, or 366 when the year includes a 29 February. */
    public int lengthInDays() {
        return (int) ChronoUnit.DAYS.between(start(), end()) + 1;
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    /**
     * Days of the year up to and including {@code date}: 1 on 1 April, {@link #lengthInDays()} on
     * 31 March. For year-to-date figures pro rata.
     *
     * @throws IllegalArgumentException when {@code date} is not in this financial year
     */
    public int daysElapsed(LocalDate date) {
        if (!contains(date)) {
            throw new IllegalArgumentException(date + " is not in the financial year " + label());
        }
        return (int) ChronoUnit.DAYS.between(start(), date) + 1;
    }

    /** For example {@code 2025-26}. */
    public String label() {
        return String.format("%d-%02d", startYear, (startYear + 1) % 100);
    }

    @Override
    public String toString() {
        return label();
    }
}
