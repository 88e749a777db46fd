package org.caseflow.workflow.tasklist.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.caseflow.calendar.WorkingDayCalendar;
import org.caseflow.journey.events.BusinessDates;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TimescaleStandingTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();

    @ParameterizedTest(name = "due by the end of {0}, at risk from {1}, seen {2} -> {3}")
    @CsvSource({
            // late from the day after the deadline day, in working days
            "2026-03-06, 2026-03-05, 2026-03-09T09:00, 1 working day late",
            "2026-03-06, 2026-03-05, 2026-03-10T16:00, 2 working days late",
            // Easter: five days on, yet Good Friday, the weekend and Easter Monday are not counted
            "2026-04-02, 2026-04-01, 2026-04-07T09:00, 1 working day late",
            // the weekend straight after a Friday deadline is overdue, yet 0 working days late
            "2026-03-06, 2026-03-05, 2026-03-07T11:00, 'overdue, due 06/03/2026'",
            // at risk: the working days left
            "2026-03-06, 2026-03-06, 2026-03-06T10:00, due today",
            "2026-03-06, 2026-03-02, 2026-03-05T10:00, due in 1 working day",
            "2026-04-07, 2026-03-31, 2026-04-01T09:00, due in 2 working days",
            // a weekly rule may fall due on a Sunday: no working day is left, yet it is not due today
            "2026-03-08, 2026-03-05, 2026-03-06T10:00, due by 08/03/2026",
            // British Summer Time: the deadline day is London's
            "2026-06-30, 2026-06-29, 2026-07-01T00:30, 1 working day late",
    })
    void saysHowLateOrHowCloseTheWorkIs(LocalDate dueOn, LocalDate atRiskFrom, String seen, String words) {
        assertThat(TimescaleStanding.at(london(seen), endOf(dueOn), startOf(atRiskFrom), CALENDAR)).contains(words);
    }

    @Test
    void saysNothingOfWorkInTimeOrWithoutADeadline() {
        Instant dueOn6March = endOf(LocalDate.parse("2026-03-06"));
        Instant atRiskFrom5March = startOf(LocalDate.parse("2026-03-05"));

        assertThat(TimescaleStanding.at(london("2026-03-04T23:59"), dueOn6March, atRiskFrom5March, CALENDAR)).isEmpty();
        assertThat(TimescaleStanding.at(london("2026-03-04T23:59"), dueOn6March, null, CALENDAR)).isEmpty();
        assertThat(TimescaleStanding.at(london("2026-03-10T09:00"), null, atRiskFrom5March, CALENDAR)).isEmpty();
    }

    @Test
    void aDeadlineTheBankHolidaysDoNotReachIsNotCountedInWorkingDays() {
        Instant dueLongAgo = endOf(LocalDate.parse("1999-12-31"));

        assertThat(TimescaleStanding.at(london("2026-03-10T09:00"), dueLongAgo, null, CALENDAR)).contains("overdue, due 31/12/1999");
    }

    private static Instant london(String dateTime) {
        return java.time.LocalDateTime.parse(dateTime).atZone(BusinessDates.LONDON).toInstant();
    }

    /** Deadlines end as their day does, London time, as the statutory clocks set them. */
    private static Instant endOf(LocalDate day) {
        return day.atTime(LocalTime.of(23, 59, 59)).atZone(BusinessDates.LONDON).toInstant();
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(BusinessDates.LONDON).toInstant();
    }
}
