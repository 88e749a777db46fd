package org.caseflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Recomputes each year's bank holidays from the Banking and Financial Dealings Act 1971 rules and
 * the substitute-day rules, then applies the proclamations of 2020, 2022 and 2023. This is how
 * 2027-2030 were produced; for 2018-2026 it cross-checks the published dates.
 */
class ShippedBankHolidaysFollowTheStatutoryRulesTest {

    @ParameterizedTest
    @ValueSource(ints = {2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030})
    void the_year_matches_the_rules_and_proclamations(int year) {
        Set<LocalDate> shipped = BankHolidays.englandAndWales().dates().stream()
                .filter(date -> date.getYear() == year)
                .collect(Collectors.toSet());

        assertThat(shipped).containsExactlyInAnyOrderElementsOf(byRule(year));
    }

    private static Set<LocalDate> byRule(int year) {
        Set<LocalDate> days = new TreeSet<>();
        LocalDate easter = easterSunday(year);
        days.add(nextWeekday(LocalDate.of(year, 1, 1)));
        days.add(easter.minusDays(2));
        days.add(easter.plusDays(1));
        days.add(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
        days.add(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        days.add(LocalDate.of(year, Month.AUGUST, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        LocalDate christmas = nextWeekday(LocalDate.of(year, 12, 25));
        days.add(christmas);
        days.add(nextWeekday(christmas.plusDays(1)));
        switch (year) {
            case 2020 -> { // VE Day
                days.remove(LocalDate.of(2020, 5, 4));
                days.add(LocalDate.of(2020, 5, 8));
            }
            case 2022 -> { // Platinum Jubilee, State Funeral of Queen Elizabeth II
                days.remove(LocalDate.of(2022, 5, 30));
                days.add(LocalDate.of(2022, 6, 2));
                days.add(LocalDate.of(2022, 6, 3));
                days.add(LocalDate.of(2022, 9, 19));
            }
            case 2023 -> days.add(LocalDate.of(2023, 5, 8)); // Coronation of King Charles III
            default -> { }
        }
        return days;
    }

    /** A Saturday or Sunday holiday moves to the next weekday (which covers every substitute rule). */
    private static LocalDate nextWeekday(LocalDate date) {
        LocalDate day = date;
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** The anonymous Gregorian computus (Meeus/Jones/Butcher). */
    private static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
