package org.caseflow.kpi.cpplans.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.caseflow.calendar.WorkingDayCalendar;
import org.caseflow.kpi.measures.rules.ChildrenInTimescale;
import org.caseflow.kpi.cpplans.rules.CpReviewTimeliness.PlanReviews;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rules T7 and T8 as KPI cp-reviews-in-timescale judges them, docs/statutory-rules.md sections 1, 2 and 5. */
class CpReviewTimelinessTest {

    private final CpReviewTimeliness timeliness = new CpReviewTimeliness(WorkingDayCalendar.englandAndWales());

    @ParameterizedTest(name = "{0}: a plan started on {1} is first reviewed by {2}")
    @CsvSource({
            "31 January + 3 months is 30 April,                 2025-01-31, 2025-04-30",
            "30 November + 3 months is 28 February,             2024-11-30, 2025-02-28",
            "30 November + 3 months in a leap year is 29 February, 2023-11-30, 2024-02-29",
            "29 November + 3 months is 29 February in a leap year, 2023-11-29, 2024-02-29",
            "31 August + 3 months is 30 November,               2024-08-31, 2024-11-30",
            "same day of the month,                             2023-11-20, 2024-02-20",
            "across the financial year end,                     2025-01-15, 2025-04-15"})
    void theFirstReviewIsDueThreeCalendarMonthsAfterTheInitialConference(String why, LocalDate started, LocalDate due) {
        assertThat(timeliness.firstReviewDue(started)).isEqualTo(due);
    }

    @ParameterizedTest(name = "{0}: after a review on {1} the next is due by {2}")
    @CsvSource({
            "31 August + 6 months is 29 February in a leap year, 2023-08-31, 2024-02-29",
            "31 August + 6 months is 28 February otherwise,     2024-08-31, 2025-02-28",
            "from 28 February to 28 August (not 31 August),     2025-02-28, 2025-08-28",
            "from the leap day to 29 August,                    2024-02-29, 2024-08-29",
            "31 December + 6 months is 30 June,                 2025-12-31, 2026-06-30"})
    void eachLaterReviewIsDueSixCalendarMonthsAfterTheOneBeforeWasHeld(String why, LocalDate held, LocalDate due) {
        assertThat(timeliness.nextReviewDue(held)).isEqualTo(due);
    }

    @ParameterizedTest(name = "{0}: started {1}, reviews {3}, at the end of {2}: all on time {4}")
    @CsvSource(nullValues = "-", value = {
            "first review on its due day (30 April),             2025-01-31, 2025-05-31, 2025-04-30, true",
            "first review the day after,                         2025-01-31, 2025-05-31, 2025-05-01, false",
            "no review yet on the due day: not yet overdue,      2025-01-31, 2025-04-30, -,          true",
            "no review the day after: overdue,                   2025-01-31, 2025-05-01, -,          false",
            "due on the leap day and held then,                  2023-11-30, 2024-02-29, 2024-02-29, true",
            "due on the leap day and not yet held at its end,    2023-11-30, 2024-02-29, -,          true",
            "due on the leap day and held on 1 March,            2023-11-30, 2024-03-31, 2024-03-01, false",
            "due 28 February in a common year and held then,     2024-11-30, 2025-03-31, 2025-02-28, true",
            "a second review 6 months after the first was held,  2025-01-31, 2025-10-31, 2025-04-30 2025-10-30, true",
            "a second review a day after that,                   2025-01-31, 2025-10-31, 2025-04-30 2025-10-31, false",
            "an early first review brings the second forward,    2025-01-31, 2025-09-30, 2025-03-01 2025-09-02, false",
            "the second not yet held on its due day,             2025-01-31, 2025-09-01, 2025-03-01, true",
            "the second not yet held the day after,              2025-01-31, 2025-09-02, 2025-03-01, false",
            "a late review stays late though later ones are on time, 2025-01-31, 2025-12-31, 2025-05-02 2025-11-01, false",
            "a review after the reporting date is not looked at, 2025-01-31, 2025-04-30, 2025-05-01, true"})
    void aChildsReviewsAreInTimescaleWhenEachWasOnTimeAndTheNextIsNotOverdue(String why, LocalDate started, LocalDate on,
            String held, boolean onTime) {
        assertThat(timeliness.allOnTimeOn(on, reviews("C1", started, null, held))).isEqualTo(onTime);
    }

    @ParameterizedTest(name = "{0}: a plan from {1} to {2} is counted at the end of {3}: {4}")
    @CsvSource(nullValues = "-", value = {
            "exactly 3 months (31 January to 30 April),   2025-01-31, -,          2025-04-30, true",
            "a day short of 3 months,                     2025-01-31, -,          2025-04-29, false",
            "3 months to the leap day,                    2023-11-30, -,          2024-02-29, true",
            "3 months to 28 February,                     2024-11-30, -,          2025-02-28, true",
            "ended that day,                              2024-11-30, 2025-02-28, 2025-02-28, false",
            "for years,                                   2021-06-01, -,          2025-02-28, true"})
    void theChildrenCountedAreThoseOnAPlanForThreeMonthsOrMore(String why, LocalDate started, LocalDate ended, LocalDate on,
            boolean counted) {
        assertThat(timeliness.isCountedOn(on, reviews("C1", started, ended, null))).isEqualTo(counted);
    }

    @Test
    void theCountIsOfChildrenWhoseReviewsWereAllOnTimeAmongThoseCounted() {
        LocalDate monthEnd = LocalDate.of(2024, 2, 29);
        List<PlanReviews> plans = List.of(
                // reviewed late: counted, not on time
                reviews("C1", LocalDate.of(2023, 11, 20), null, "2024-02-22"),
                // first review due on the reporting date itself: on time
                reviews("C2", LocalDate.of(2023, 11, 30), null, null),
                // on a plan for years, every review on time
                reviews("C3", LocalDate.of(2022, 2, 28), null, "2022-05-27 2022-11-25 2023-05-25 2023-11-24"),
                // not yet 3 months: not counted
                reviews("C4", LocalDate.of(2024, 2, 26), null, null));

        assertThat(timeliness.count(plans, monthEnd)).isEqualTo(new ChildrenInTimescale(2, 3));
    }

    private static PlanReviews reviews(String child, LocalDate started, LocalDate ended, String heldOn) {
        List<LocalDate> held = heldOn == null ? List.of() : Arrays.stream(heldOn.split(" ")).map(LocalDate::parse).toList();
        return new PlanReviews(new CpPlan("CPP-" + child, child, started, ended), held);
    }
}
