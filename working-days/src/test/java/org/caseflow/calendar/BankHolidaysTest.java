package org.caseflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class BankHolidaysTest {

    private static final BankHolidays SHIPPED = BankHolidays.englandAndWales();
    private static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar(SHIPPED);

    static Stream<LocalDate> everyBankHolidayInTheTable() {
        return BankHolidayTable.all();
    }

    @ParameterizedTest
    @MethodSource("everyBankHolidayInTheTable")
    void every_bank_holiday_2018_to_2030_is_a_non_working_day(LocalDate bankHoliday) {
        assertThat(SHIPPED.contains(bankHoliday)).isTrue();
        assertThat(CALENDAR.isWorkingDay(bankHoliday)).isFalse();
    }

    @Test
    void the_shipped_file_lists_exactly_the_table_and_nothing_else() {
        assertThat(SHIPPED.dates()).containsExactlyElementsOf(BankHolidayTable.all().collect(Collectors.toList()));
    }

    @ParameterizedTest(name = "{0} has {1} bank holidays")
    @CsvSource({
        "2018, 8", "2019, 8", "2020, 8", "2021, 8", "2022, 10", "2023, 9", "2024, 8",
        "2025, 8", "2026, 8", "2027, 8", "2028, 8", "2029, 8", "2030, 8"})
    void each_year_has_its_number_of_bank_holidays(int year, int count) {
        assertThat(SHIPPED.dates().stream().filter(date -> date.getYear() == year)).hasSize(count);
    }

    @Test
    void the_shipped_file_covers_2018_to_2030() {
        assertThat(SHIPPED.coveredYears()).isEqualTo(new YearRange(Year.of(2018), Year.of(2030)));
        assertThat(SHIPPED.coveredYears()).hasToString("2018-2030");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "2020-12-28", "2021-12-27", "2021-12-28", "2022-01-03", "2022-12-27", "2023-01-02",
        "2026-12-28", "2027-12-27", "2027-12-28", "2028-01-03"})
    void a_substitute_day_is_a_bank_holiday(LocalDate substitute) {
        assertThat(CALENDAR.isWorkingDay(substitute)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2020-05-08", "2022-06-02", "2022-06-03", "2022-09-19", "2023-05-08"})
    void a_moved_or_proclaimed_day_is_a_bank_holiday(LocalDate proclaimed) {
        assertThat(CALENDAR.isWorkingDay(proclaimed)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2020-05-04", "2022-05-30"})
    void the_usual_date_of_a_moved_bank_holiday_is_a_working_day(LocalDate usualDate) {
        assertThat(CALENDAR.isWorkingDay(usualDate)).isTrue();
    }

    @Test
    void a_date_outside_the_covered_years_is_refused_rather_than_guessed() {
        assertThatThrownBy(() -> SHIPPED.contains(LocalDate.of(2031, 12, 25)))
                .isInstanceOf(DateOutsideCalendarException.class);
    }

    @Test
    void an_administrators_copy_with_a_local_closure_day_makes_that_day_non_working(@TempDir Path dir)
            throws IOException {
        LocalDate closureDay = LocalDate.of(2025, 7, 14); // a Monday
        String shipped = shippedFileText();
        String edited = shipped.replaceFirst("\"events\"\\s*:\\s*\\[",
                "\"events\": [{\"title\": \"Council closure day\", \"date\": \"" + closureDay
                        + "\", \"notes\": \"Local\", \"bunting\": false},");
        Path file = Files.writeString(dir.resolve("bank-holidays.json"), edited);

        WorkingDayCalendar local = new WorkingDayCalendar(BankHolidays.fromFile(file));

        assertThat(CALENDAR.isWorkingDay(closureDay)).isTrue();
        assertThat(local.isWorkingDay(closureDay)).isFalse();
        assertThat(local.isWorkingDay(LocalDate.of(2025, 12, 25))).isFalse();
        assertThat(local.coveredYears()).isEqualTo(SHIPPED.coveredYears());
    }

    @Test
    void a_file_with_a_year_missing_is_rejected(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("bank-holidays.json"), govUkFile(
                "{\"title\": \"Christmas Day\", \"date\": \"2024-12-25\", \"notes\": \"\", \"bunting\": true},"
                        + "{\"title\": \"Christmas Day\", \"date\": \"2026-12-25\", \"notes\": \"\", \"bunting\": true}"));

        assertThatThrownBy(() -> BankHolidays.fromFile(file))
                .isInstanceOf(BankHolidayDataException.class)
                .hasMessageContaining("no bank holidays in 2025");
    }

    @Test
    void only_the_england_and_wales_division_of_the_gov_uk_file_is_read() {
        String json = "{\"scotland\": {\"division\": \"scotland\", \"events\": ["
                + "{\"title\": \"St Andrew’s Day\", \"date\": \"2025-12-01\", \"notes\": \"\", \"bunting\": true}]},"
                + govUkFile("{\"title\": \"Christmas Day\", \"date\": \"2025-12-25\", \"notes\": \"\", \"bunting\": true}")
                        .substring(1);

        BankHolidays holidays = BankHolidays.fromJson(utf8(json), "test");

        assertThat(holidays.dates()).containsExactly(LocalDate.of(2025, 12, 25));
    }

    @Test
    void a_file_not_in_the_gov_uk_format_is_rejected() {
        assertThatThrownBy(() -> BankHolidays.fromJson(utf8("{\"events\": []}"), "test"))
                .isInstanceOf(BankHolidayDataException.class)
                .hasMessageContaining("england-and-wales");
        assertThatThrownBy(() -> BankHolidays.fromJson(utf8("not json"), "test"))
                .isInstanceOf(BankHolidayDataException.class);
        assertThatThrownBy(() -> BankHolidays.fromJson(utf8(govUkFile("")), "test"))
                .isInstanceOf(BankHolidayDataException.class)
                .hasMessageContaining("no bank holidays");
    }

    @Test
    void an_event_without_a_valid_date_is_rejected() {
        String json = govUkFile("{\"title\": \"Christmas Day\", \"date\": \"25/12/2025\"}");

        assertThatThrownBy(() -> BankHolidays.fromJson(utf8(json), "test"))
                .isInstanceOf(BankHolidayDataException.class)
                .hasMessageContaining("YYYY-MM-DD");
    }

    @Test
    void a_list_of_dates_covers_the_years_from_the_first_to_the_last() {
        BankHolidays holidays = BankHolidays.of(LocalDate.of(2025, 12, 25), LocalDate.of(2026, 1, 1));

        assertThat(holidays.coveredYears()).isEqualTo(new YearRange(Year.of(2025), Year.of(2026)));
        assertThat(holidays.contains(LocalDate.of(2025, 12, 25))).isTrue();
        assertThat(holidays.contains(LocalDate.of(2025, 12, 26))).isFalse();
    }

    private static String govUkFile(String events) {
        return "{\"england-and-wales\": {\"division\": \"england-and-wales\", \"events\": [" + events + "]}}";
    }

    private static String shippedFileText() throws IOException {
        try (InputStream in = BankHolidays.class.getResourceAsStream(BankHolidays.DEFAULT_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static InputStream utf8(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
