package org.caseflow.kpi.lookedafter.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.caseflow.calendar.WorkingDayCalendar;
import org.caseflow.journey.events.lookedafter.LegalStatus;
import org.caseflow.journey.events.lookedafter.ReasonCeased;
import org.caseflow.kpi.measures.rules.ReviewTimeliness;
import org.caseflow.kpi.measures.rules.WorkFallingDue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Regulation 33 (rules T17 to T19) as KPI cla-reviews-in-timescale judges it, docs/statutory-rules.md sections 1, 2 and 5: the
 * reviews that fell due in a month, each held by its due date or not.
 */
class ClaReviewsTest {

    private final ClaReviews reviews = new ClaReviews(WorkingDayCalendar.englandAndWales());
    private final ReviewTimeliness timeliness = reviews.timeliness();

    @ParameterizedTest(name = "{0}: looked after from {1}, first reviewed by {2}")
    @CsvSource({
            "'over Christmas, Boxing Day and New Year',                    2025-12-19, 2026-01-21",
            "20 working days after 1 February 2024 is the leap day,       2024-02-01, 2024-02-29",
            "'over Easter 2023 and the financial year end',               2023-03-20, 2023-04-19",
            "'over the Easter Monday of 1 April 2024',                    2024-03-28, 2024-04-29"})
    void theFirstReviewIsDueTwentyWorkingDaysAfterTheChildBecameLookedAfter(String why, LocalDate started, LocalDate due) {
        assertThat(timeliness.firstReviewDue(started)).isEqualTo(due);
    }

    @ParameterizedTest(name = "{0}: after review {1} held on {2}, the next is due by {3}")
    @CsvSource({
            "the second 3 months after the first: 30 November to the leap day, 1, 2023-11-30, 2024-02-29",
            "the second: 30 November to 28 February in a common year,        1, 2024-11-30, 2025-02-28",
            "the third 6 months after the second: 31 August to the leap day,  2, 2023-08-31, 2024-02-29",
            "every later one 6 months after the one before,                  5, 2024-02-29, 2024-08-29"})
    void theSecondReviewIsDueThreeMonthsAfterTheFirstAndEachLaterOneSixMonthsAfterTheOneBefore(String why, int held, LocalDate heldOn,
            LocalDate due) {
        assertThat(timeliness.nextReviewDue(held, heldOn)).isEqualTo(due);
    }

    @ParameterizedTest(name = "{0}: looked after from {1} (left care {2}), reviews {3}: February 2024 {4} of {5} in time, March {6} of {7}")
    @CsvSource(nullValues = "-", value = {
            "first review due on the leap day and held then,           2024-02-01, -,          2024-02-29,            1, 1, 0, 0",
            "held on 1 March: late in February,                        2024-02-01, -,          2024-03-01,            0, 1, 0, 0",
            "not held: late in February once it is due,                2024-02-01, -,          -,                     0, 1, 0, 0",
            "early on the 20th: due in February and held in time,      2024-02-01, -,          2024-02-20,            1, 1, 0, 0",
            "'left care on the leap day it was due, not held: not due',  2024-02-01, 2024-02-29, -,                     0, 0, 0, 0",
            "'left care the day after, not held: due and late',         2024-02-01, 2024-03-01, -,                     0, 1, 0, 0",
            "looked after from 2 February: due on 1 March,             2024-02-02, -,          2024-03-01,            0, 0, 1, 1",
            "the second 3 months after the first: 30 Nov to the leap day, 2023-11-01, -,       2023-11-30 2024-02-29, 1, 1, 0, 0",
            "the third 6 months after the second: 31 Aug to the leap day, 2023-05-02, -,       2023-05-31 2023-08-31, 0, 1, 0, 0",
            "'the second a day late on 1 March, counted in February',    2023-11-01, -,          2023-11-30 2024-03-01, 0, 1, 0, 0"})
    void eachReviewFallsDueInTheMonthOfItsDueDateAndIsHeldInTimeOrNot(String why, LocalDate started, LocalDate ended, String held,
            long inTimeInFebruary, long dueInFebruary, long inTimeInMarch, long dueInMarch) {
        List<CarePeriod> periods = List.of(period("C1", started, ended, LegalStatus.C2));
        Map<String, List<LocalDate>> heldByPeriod = Map.of("LAC-C1", held(held));

        assertThat(reviews.between(periods, heldByPeriod, LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29)))
                .isEqualTo(new WorkFallingDue.Count(inTimeInFebruary, dueInFebruary));
        assertThat(reviews.between(periods, heldByPeriod, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31)))
                .isEqualTo(new WorkFallingDue.Count(inTimeInMarch, dueInMarch));
    }

    @Test
    void aLateReviewIsLateOnceAndTheNextIsDueFromTheDayItWasHeld() {
        // first due 29 February 2024, held 1 March: the second due 3 months after 1 March, held on 1 June; the third
        // due 6 months after that, on 1 December, not yet held
        List<WorkFallingDue> due = reviews.fallingDue(period("C1", LocalDate.of(2024, 2, 1), null, LegalStatus.C2),
                List.of(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 3, 1)));

        assertThat(due).containsExactly(new WorkFallingDue(LocalDate.of(2024, 2, 29), LocalDate.of(2024, 3, 1)),
                new WorkFallingDue(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 1)), new WorkFallingDue(LocalDate.of(2024, 12, 1), null));
    }

    @Test
    void shortBreaksOnlyHaveNoReviewsDueHereAndEachReviewCountsNotEachChild() {
        List<CarePeriod> periods = List.of(
                period("C1", LocalDate.of(2024, 2, 1), null, LegalStatus.C1),
                // C2: two periods, each with a review due in February, one held
                new CarePeriod("LAC-C2a", "C2", LocalDate.of(2023, 12, 1), LocalDate.of(2024, 2, 26), LegalStatus.V2, ReasonCeased.E13),
                new CarePeriod("LAC-C2b", "C2", LocalDate.of(2024, 1, 29), null, LegalStatus.C1, null),
                // C3: short breaks only, reviewed by another regime
                period("C3", LocalDate.of(2024, 2, 1), null, LegalStatus.V4));
        Map<String, List<LocalDate>> held = Map.of("LAC-C1", List.of(LocalDate.of(2024, 2, 28)), "LAC-C2a", List.of(LocalDate.of(2023, 12, 20)),
                "LAC-C2b", List.of(LocalDate.of(2024, 2, 27)));

        // C1 on the 28th (due the 29th); C2's first period reviewed 20 December, next due 20 March, but it ended in
        // February: not due; C2's second period due 26 February, held the 27th
        assertThat(reviews.between(periods, held, LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29))).isEqualTo(new WorkFallingDue.Count(1, 2));
        assertThat(reviews.fallingDue(periods.get(3), List.of())).isEmpty();
    }

    private static CarePeriod period(String child, LocalDate started, LocalDate ended, LegalStatus status) {
        return new CarePeriod("LAC-" + child, child, started, ended, status, ended == null ? null : ReasonCeased.E8);
    }

    private static List<LocalDate> held(String days) {
        return days == null ? List.of() : Arrays.stream(days.split(" ")).map(LocalDate::parse).toList();
    }
}
