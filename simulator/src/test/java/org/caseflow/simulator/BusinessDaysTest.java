package org.caseflow.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.caseflow.calendar.DateOutsideCalendarException;
import org.caseflow.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

/** The simulation's looked-up working days are Caseflow's calendar's, day for day. */
class BusinessDaysTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();
    private final BusinessDays days = new BusinessDays(calendar);

    @Test
    void countsForwardsAndBackAsTheCalendarDoes() {
        for (LocalDate day = LocalDate.of(2019, 1, 1); day.isBefore(LocalDate.of(2029, 12, 1)); day = day.plusDays(1)) {
            assertThat(days.isWorkingDay(day)).as("%s a working day", day).isEqualTo(calendar.isWorkingDay(day));
            for (int n : new int[] {0, 1, 2, 10, 15, 20, 45}) {
                assertThat(days.plus(day, n)).as("%s + %d working days", day, n).isEqualTo(calendar.addWorkingDays(day, n));
                assertThat(days.minus(day, n)).as("%s - %d working days", day, n).isEqualTo(calendar.workingDaysBefore(day, n));
            }
        }
    }

    @Test
    void theStatutoryRulesExamplesHold() {
        // docs/statutory-rules.md: a strategy discussion on Thursday 18 December 2025 puts the ICPC on Tuesday 13 January 2026
        assertThat(days.plus(LocalDate.of(2025, 12, 18), 15)).isEqualTo(LocalDate.of(2026, 1, 13));
        // a referral on Monday 3 March 2025: day 45 is Thursday 8 May 2025
        assertThat(days.plus(LocalDate.of(2025, 3, 3), 45)).isEqualTo(LocalDate.of(2025, 5, 8));
        // a Saturday moves on to Monday, a bank holiday Monday to Tuesday
        assertThat(days.onOrAfter(LocalDate.of(2025, 12, 20))).isEqualTo(LocalDate.of(2025, 12, 22));
        assertThat(days.onOrAfter(LocalDate.of(2025, 8, 25))).isEqualTo(LocalDate.of(2025, 8, 26));
    }

    @Test
    void aDayOutsideTheCalendarIsRefusedAsTheCalendarRefusesIt() {
        assertThatThrownBy(() -> days.plus(LocalDate.of(2017, 6, 1), 1)).isInstanceOf(DateOutsideCalendarException.class);
        assertThatThrownBy(() -> days.plus(LocalDate.of(2030, 12, 30), 5)).isInstanceOf(DateOutsideCalendarException.class);
    }
}
