package org.caseflow.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The England and Wales bank holidays 2018-2030 as docs/statutory-rules.md lists them, written out
 * by hand so that the tests check the shipped file against the table and not against itself.
 */
final class BankHolidayTable {

    static final Map<Integer, List<String>> BY_YEAR = Map.ofEntries(
            Map.entry(2018, List.of("01-01", "03-30", "04-02", "05-07", "05-28", "08-27", "12-25", "12-26")),
            Map.entry(2019, List.of("01-01", "04-19", "04-22", "05-06", "05-27", "08-26", "12-25", "12-26")),
            // VE Day: the early May bank holiday moved to Friday 8 May
            Map.entry(2020, List.of("01-01", "04-10", "04-13", "05-08", "05-25", "08-31", "12-25", "12-28")),
            Map.entry(2021, List.of("01-01", "04-02", "04-05", "05-03", "05-31", "08-30", "12-27", "12-28")),
            // Spring bank holiday moved to Thursday 2 June, Platinum Jubilee 3 June, State Funeral 19 September
            Map.entry(2022, List.of("01-03", "04-15", "04-18", "05-02", "06-02", "06-03", "08-29", "09-19",
                    "12-26", "12-27")),
            // Coronation 8 May
            Map.entry(2023, List.of("01-02", "04-07", "04-10", "05-01", "05-08", "05-29", "08-28", "12-25",
                    "12-26")),
            Map.entry(2024, List.of("01-01", "03-29", "04-01", "05-06", "05-27", "08-26", "12-25", "12-26")),
            Map.entry(2025, List.of("01-01", "04-18", "04-21", "05-05", "05-26", "08-25", "12-25", "12-26")),
            Map.entry(2026, List.of("01-01", "04-03", "04-06", "05-04", "05-25", "08-31", "12-25", "12-28")),
            // 2027-2030 computed, not yet published
            Map.entry(2027, List.of("01-01", "03-26", "03-29", "05-03", "05-31", "08-30", "12-27", "12-28")),
            Map.entry(2028, List.of("01-03", "04-14", "04-17", "05-01", "05-29", "08-28", "12-25", "12-26")),
            Map.entry(2029, List.of("01-01", "03-30", "04-02", "05-07", "05-28", "08-27", "12-25", "12-26")),
            Map.entry(2030, List.of("01-01", "04-19", "04-22", "05-06", "05-27", "08-26", "12-25", "12-26")));

    /** Good Friday and Easter Monday, per year. */
    static final Map<Integer, List<String>> EASTER = Map.ofEntries(
            Map.entry(2018, List.of("03-30", "04-02")), Map.entry(2019, List.of("04-19", "04-22")),
            Map.entry(2020, List.of("04-10", "04-13")), Map.entry(2021, List.of("04-02", "04-05")),
            Map.entry(2022, List.of("04-15", "04-18")), Map.entry(2023, List.of("04-07", "04-10")),
            Map.entry(2024, List.of("03-29", "04-01")), Map.entry(2025, List.of("04-18", "04-21")),
            Map.entry(2026, List.of("04-03", "04-06")), Map.entry(2027, List.of("03-26", "03-29")),
            Map.entry(2028, List.of("04-14", "04-17")), Map.entry(2029, List.of("03-30", "04-02")),
            Map.entry(2030, List.of("04-19", "04-22")));

    private BankHolidayTable() {
    }

    static Stream<LocalDate> all() {
        return BY_YEAR.entrySet().stream()
                .flatMap(year -> year.getValue().stream().map(monthDay -> date(year.getKey(), monthDay)))
                .sorted();
    }

    static LocalDate date(int year, String monthDay) {
        return LocalDate.parse(year + "-" + monthDay);
    }
}
