package org.caseflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class WorkingDayCalendarTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @Nested
    class A_working_day {

        @ParameterizedTest
        @ValueSource(strings = {"2025-12-20", "2025-12-21", "2030-12-29"})
        void is_never_a_saturday_or_sunday(LocalDate weekend) {
            assertThat(CALENDAR.isWorkingDay(weekend)).isFalse();
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "2019-12-24", "2019-12-31", "2024-12-24", "2024-12-31", "2025-12-24", "2025-12-31",
            "2026-12-24", "2026-12-31", "2030-12-24", "2030-12-31"})
        void includes_christmas_eve_and_new_years_eve(LocalDate eve) {
            assertThat(CALENDAR.isWorkingDay(eve)).isTrue();
        }

        static Stream<Arguments> goodFridayAndEasterMonday() {
            return BankHolidayTable.EASTER.entrySet().stream()
                    .flatMap(year -> year.getValue().stream()
                            .map(monthDay -> Arguments.of(BankHolidayTable.date(year.getKey(), monthDay))));
        }

        @ParameterizedTest
        @MethodSource("goodFridayAndEasterMonday")
        void is_never_good_friday_or_easter_monday(LocalDate easterHoliday) {
            assertThat(CALENDAR.isWorkingDay(easterHoliday)).isFalse();
        }

        @Test
        void the_easter_weekend_is_not_counted_twice() {
            // Maundy Thursday 17 April 2025 to Tuesday 22 April: Good Friday, the weekend and
            // Easter Monday are all non-working, so only the Tuesday counts.
            assertThat(CALENDAR.workingDaysBetween(date("2025-04-17"), date("2025-04-22"))).isEqualTo(1);
            assertThat(CALENDAR.addWorkingDays(date("2025-04-17"), 1)).isEqualTo(date("2025-04-22"));
            assertThat(CALENDAR.addWorkingDays(date("2025-04-17"), 2)).isEqualTo(date("2025-04-23"));
        }
    }

    @Nested
    class Adding_working_days {

        @Test
        void an_icpc_after_a_strategy_discussion_on_thursday_18_december_2025_is_due_by_tuesday_13_january_2026() {
            // Fri 19 (1), Mon 22 (2), Tue 23 (3), Wed 24 (4); 25, 26 Dec bank holidays;
            // Mon 29 (5), Tue 30 (6), Wed 31 (7); 1 Jan bank holiday; Fri 2 Jan (8);
            // Mon 5 - Fri 9 (9-13); Mon 12 (14), Tue 13 (15).
            assertThat(CALENDAR.addWorkingDays(date("2025-12-18"), 15)).isEqualTo(date("2026-01-13"));
        }

        @Test
        void day_45_after_a_referral_on_monday_3_march_2025_is_thursday_8_may_2025() {
            // Tue 4 - Fri 7 Mar (1-4); four full weeks 10 Mar - 4 Apr (5-24); 7-11 Apr (25-29);
            // 14-17 Apr (30-33); Good Friday 18 and Easter Monday 21 Apr; 22-25 Apr (34-37);
            // 28 Apr - 2 May (38-42); early May bank holiday 5 May; Tue 6 (43), Wed 7 (44), Thu 8 (45).
            assertThat(CALENDAR.addWorkingDays(date("2025-03-03"), 45)).isEqualTo(date("2025-05-08"));
        }

        @Test
        void one_working_day_after_a_contact_on_friday_19_december_2025_is_monday_22_december() {
            assertThat(CALENDAR.addWorkingDays(date("2025-12-19"), 1)).isEqualTo(date("2025-12-22"));
        }

        @Test
        void day_45_after_a_referral_on_monday_22_december_2025_is_thursday_26_february_2026() {
            // Tue 23 (1), Wed 24 (2); 25, 26 Dec bank holidays; Mon 29 (3), Tue 30 (4), Wed 31 (5);
            // 1 Jan bank holiday; Fri 2 Jan (6); seven full weeks 5 Jan - 20 Feb (7-41);
            // Mon 23 (42), Tue 24 (43), Wed 25 (44), Thu 26 Feb (45).
            assertThat(CALENDAR.addWorkingDays(date("2025-12-22"), 45)).isEqualTo(date("2026-02-26"));
        }

        @ParameterizedTest(name = "trigger {0}: day 1 is {1}")
        @CsvSource({
            "2025-12-20, 2025-12-22", // Saturday
            "2025-12-21, 2025-12-22", // Sunday
            "2025-12-25, 2025-12-29", // Christmas Day; Boxing Day and the weekend follow
            "2025-04-18, 2025-04-22", // Good Friday
            "2026-01-01, 2026-01-02"}) // New Year's Day
        void a_trigger_on_a_non_working_day_makes_the_next_working_day_day_1(LocalDate trigger, LocalDate dayOne) {
            assertThat(CALENDAR.addWorkingDays(trigger, 1)).isEqualTo(dayOne);
        }

        @Test
        void a_trigger_on_a_saturday_counts_monday_as_day_1_and_friday_as_day_5() {
            assertThat(CALENDAR.addWorkingDays(date("2025-06-07"), 5)).isEqualTo(date("2025-06-13"));
        }

        @ParameterizedTest(name = "{0} + 1 working day = {1}")
        @CsvSource({
            "2025-12-24, 2025-12-29",
            "2025-12-31, 2026-01-02",
            "2021-12-24, 2021-12-29", // substitute Christmas and Boxing Day on Mon 27 and Tue 28
            "2022-12-23, 2022-12-28", // Boxing Day Mon 26, substitute Christmas Tue 27
            "2022-12-30, 2023-01-03"}) // substitute New Year's Day Mon 2 Jan
        void christmas_and_new_year_are_skipped(LocalDate start, LocalDate next) {
            assertThat(CALENDAR.addWorkingDays(start, 1)).isEqualTo(next);
        }

        @ParameterizedTest
        @ValueSource(strings = {"2025-12-20", "2025-12-25", "2025-12-22"})
        void zero_working_days_is_the_start_itself(LocalDate start) {
            assertThat(CALENDAR.addWorkingDays(start, 0)).isEqualTo(start);
        }

        @Test
        void a_negative_number_of_working_days_is_refused() {
            assertThatThrownBy(() -> CALENDAR.addWorkingDays(date("2025-12-22"), -1))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Working_days_between {

        @Test
        void is_zero_on_the_same_day() {
            assertThat(CALENDAR.workingDaysBetween(date("2025-12-22"), date("2025-12-22"))).isZero();
            assertThat(CALENDAR.workingDaysBetween(date("2025-12-20"), date("2025-12-20"))).isZero();
        }

        @Test
        void counts_the_working_days_after_from_up_to_and_including_to() {
            assertThat(CALENDAR.workingDaysBetween(date("2025-12-19"), date("2025-12-22"))).isEqualTo(1);
            assertThat(CALENDAR.workingDaysBetween(date("2025-12-19"), date("2025-12-21"))).isZero();
            assertThat(CALENDAR.workingDaysBetween(date("2025-12-23"), date("2026-01-02"))).isEqualTo(5);
        }

        @Test
        void is_negative_when_to_is_before_from() {
            assertThat(CALENDAR.workingDaysBetween(date("2025-12-22"), date("2025-12-19"))).isEqualTo(-1);
            assertThat(CALENDAR.workingDaysBetween(date("2026-01-02"), date("2025-12-23"))).isEqualTo(-5);
        }

        @ParameterizedTest
        @CsvSource({"2025-03-03, 45", "2025-12-18, 15", "2025-12-20, 10", "2027-12-24, 3", "2020-05-01, 20"})
        void undoes_adding_working_days(LocalDate start, int n) {
            assertThat(CALENDAR.workingDaysBetween(start, CALENDAR.addWorkingDays(start, n))).isEqualTo(n);
        }
    }

    @Nested
    class Within_n_working_days {

        // Mon 15 Dec 2025 + 4 working days = Fri 19 Dec 2025
        private final LocalDate start = date("2025-12-15");
        private final LocalDate fridayDeadline = date("2025-12-19");

        @Test
        void means_on_or_before_day_n() {
            assertThat(CALENDAR.addWorkingDays(start, 4)).isEqualTo(fridayDeadline);
            assertThat(CALENDAR.isWithin(start, start, 4)).isTrue();
            assertThat(CALENDAR.isWithin(start, date("2025-12-18"), 4)).isTrue();
            assertThat(CALENDAR.isWithin(start, fridayDeadline, 4)).isTrue();
        }

        @Test
        void the_next_working_day_after_the_deadline_is_late() {
            assertThat(CALENDAR.isWithin(start, date("2025-12-22"), 4)).isFalse();
        }

        @Test
        void the_weekend_after_a_friday_deadline_is_late_although_its_duration_is_the_same() {
            LocalDate saturday = date("2025-12-20");

            assertThat(CALENDAR.workingDaysBetween(start, saturday))
                    .isEqualTo(CALENDAR.workingDaysBetween(start, fridayDeadline))
                    .isEqualTo(4);
            assertThat(CALENDAR.isWithin(start, saturday, 4)).isFalse();
            assertThat(CALENDAR.isWithin(start, date("2025-12-21"), 4)).isFalse();
        }

        @Test
        void an_icpc_on_the_deadline_is_within_15_working_days_and_the_day_after_is_not() {
            assertThat(CALENDAR.isWithin(date("2025-12-18"), date("2026-01-13"), 15)).isTrue();
            assertThat(CALENDAR.isWithin(date("2025-12-18"), date("2026-01-14"), 15)).isFalse();
        }
    }

    @Nested
    class Months_and_weeks {

        @ParameterizedTest(name = "{0} + {1} months = {2}")
        @CsvSource({
            "2024-01-31, 1, 2024-02-29", // leap year
            "2025-01-31, 1, 2025-02-28",
            "2028-02-29, 12, 2029-02-28",
            "2025-08-31, 6, 2026-02-28",
            "2025-03-31, 3, 2025-06-30",
            "2025-12-18, 3, 2026-03-18"})
        void months_are_calendar_months_clamped_to_the_month_end(LocalDate date, int months, LocalDate expected) {
            assertThat(CALENDAR.addMonths(date, months)).isEqualTo(expected);
        }

        @ParameterizedTest(name = "{0} + {1} weeks = {2}")
        @CsvSource({
            "2025-12-19, 1, 2025-12-26", // lands on Boxing Day: no exclusions
            "2025-12-01, 6, 2026-01-12",
            "2024-02-22, 1, 2024-02-29"})
        void weeks_are_seven_calendar_days_with_no_exclusions(LocalDate date, int weeks, LocalDate expected) {
            assertThat(CALENDAR.addWeeks(date, weeks)).isEqualTo(expected);
        }

        @Test
        void months_and_weeks_need_no_bank_holidays_so_work_beyond_the_covered_years() {
            assertThat(CALENDAR.addMonths(date("2030-08-31"), 6)).isEqualTo(date("2031-02-28"));
            assertThat(CALENDAR.addWeeks(date("2030-12-31"), 1)).isEqualTo(date("2031-01-07"));
        }
    }

    @Nested
    class Outside_the_covered_years {

        @ParameterizedTest
        @ValueSource(strings = {"2017-12-29", "2031-01-02"})
        void asking_about_a_date_throws(LocalDate outside) {
            assertThatThrownBy(() -> CALENDAR.isWorkingDay(outside))
                    .isInstanceOf(DateOutsideCalendarException.class)
                    .hasMessageContaining(outside.toString())
                    .hasMessageContaining("2018-2030")
                    .hasMessageContaining("bank holiday file");
            assertThatThrownBy(() -> CALENDAR.addWorkingDays(outside, 0))
                    .isInstanceOf(DateOutsideCalendarException.class);
            assertThatThrownBy(() -> CALENDAR.workingDaysBetween(date("2025-01-01"), outside))
                    .isInstanceOf(DateOutsideCalendarException.class);
        }

        @Test
        void counting_that_would_cross_the_end_of_2030_throws() {
            // Fri 20 Dec 2030: 23, 24, 27, 30 and 31 December are working days 1-5.
            assertThat(CALENDAR.addWorkingDays(date("2030-12-20"), 5)).isEqualTo(date("2030-12-31"));

            assertThatThrownBy(() -> CALENDAR.addWorkingDays(date("2030-12-20"), 6))
                    .isInstanceOf(DateOutsideCalendarException.class)
                    .satisfies(thrown -> {
                        DateOutsideCalendarException e = (DateOutsideCalendarException) thrown;
                        assertThat(e.date()).isEqualTo(date("2031-01-01"));
                        assertThat(e.coveredYears()).isEqualTo(CALENDAR.coveredYears());
                    });
            assertThatThrownBy(() -> StatutoryTimescale.ASSESSMENT.deadline(CALENDAR, date("2030-11-15")))
                    .isInstanceOf(DateOutsideCalendarException.class);
        }

        @Test
        void the_judgement_within_n_days_is_refused_for_an_event_outside() {
            assertThatThrownBy(() -> CALENDAR.isWithin(date("2030-12-20"), date("2031-01-02"), 5))
                    .isInstanceOf(DateOutsideCalendarException.class);
        }
    }

    @Test
    void a_calendar_over_a_short_list_uses_only_those_bank_holidays() {
        WorkingDayCalendar calendar = new WorkingDayCalendar(
                BankHolidays.of(LocalDate.of(2025, 12, 25), LocalDate.of(2025, 12, 26)));

        assertThat(calendar.addWorkingDays(date("2025-12-24"), 1)).isEqualTo(date("2025-12-29"));
        assertThat(calendar.coveredYears()).hasToString("2025-2025");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{1} working days back from {0} is {2}")
    @org.junit.jupiter.params.provider.CsvSource({
            "2025-12-22, 0, 2025-12-22", // a working day is itself
            "2025-12-22, 1, 2025-12-19", // Monday back over the weekend to Friday
            "2025-12-20, 0, 2025-12-19", // from a Saturday: the Friday before
            "2025-12-20, 1, 2025-12-18", // ... and one more back is Thursday (Friday is day 1 after it)
            "2025-12-29, 1, 2025-12-24", // back over Christmas Day and Boxing Day
            "2026-01-05, 2, 2025-12-31", // back over New Year's Day
            "2024-03-01, 1, 2024-02-29"  // a leap day is a working day
    })
    void countingBackIsTheInverseOfCountingOn(String day, int n, String expected) {
        WorkingDayCalendar england = WorkingDayCalendar.englandAndWales();

        assertThat(england.workingDaysBefore(LocalDate.parse(day), n)).isEqualTo(LocalDate.parse(expected));
        assertThat(england.workingDaysBetween(LocalDate.parse(expected), LocalDate.parse(day))).isEqualTo(n);
    }
}
