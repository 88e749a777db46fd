package org.caseflow.kpi.supervision.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.caseflow.kpi.measures.rules.WorkFallingDue;
import org.caseflow.kpi.supervision.rules.SupervisionTimeliness.Due;
import org.caseflow.kpi.supervision.rules.SupervisionTimeliness.Held;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Supervisions in timescale (KPI supervisions-in-timescale and its services, docs/statutory-rules.md section 5): each
 * supervision due is met by the worker's next session after the day its clock counts from, on or before its due date.
 */
class SupervisionTimelinessTest {

    private static final LocalDate FEBRUARY = LocalDate.of(2024, 2, 1);
    private static final LocalDate LEAP_DAY = LocalDate.of(2024, 2, 29);

    @ParameterizedTest(name = "{0}: counted from {1}, due {2}, sessions {3}: held {4}")
    @CsvSource(nullValues = "-", value = {
            "held on the due date,                       2024-01-29, 2024-02-29, 2024-02-29,            2024-02-29",
            "held the day after: late,                   2024-01-29, 2024-02-29, 2024-03-01,            2024-03-01",
            "'the session that started the clock is not the next', 2024-01-29, 2024-02-29, 2024-01-29, -",
            "the first session after the clock started,  2024-01-29, 2024-02-29, 2024-01-29 2024-02-10 2024-02-20, 2024-02-10",
            "none at all,                                2024-01-29, 2024-02-29, -,                     -"})
    void aSupervisionIsMetByTheNextSessionAfterItsClockStarted(String why, LocalDate countedFrom, LocalDate dueOn, String sessions,
            LocalDate metOn) {
        List<Held> held = sessions == null ? List.of()
                : Arrays.stream(sessions.split(" ")).map(day -> new Held("worker", LocalDate.parse(day))).toList();

        assertThat(SupervisionTimeliness.fallingDue(List.of(new Due("worker", countedFrom, dueOn)), held))
                .containsExactly(new WorkFallingDue(dueOn, metOn));
    }

    @Test
    void aMonthCountsTheSupervisionsDueFromItsFirstDayToItsLastOfTheWorkersInScope() {
        List<Due> dues = List.of(
                // due on the month's first and last days, each met
                new Due("a", LocalDate.of(2024, 1, 1), FEBRUARY), new Due("a", LocalDate.of(2024, 1, 31), LEAP_DAY),
                // due on the last day of January and the first of March: not February's
                new Due("b", LocalDate.of(2023, 12, 31), LocalDate.of(2024, 1, 31)), new Due("b", LocalDate.of(2024, 2, 1), LocalDate.of(2024, 3, 1)),
                // due in February, met only by another worker's session
                new Due("c", LocalDate.of(2024, 1, 15), LocalDate.of(2024, 2, 15)),
                // the same due published twice: once
                new Due("d", LocalDate.of(2024, 1, 20), LocalDate.of(2024, 2, 20)), new Due("d", LocalDate.of(2024, 1, 20), LocalDate.of(2024, 2, 20)));
        List<Held> sessions = List.of(new Held("a", LocalDate.of(2024, 1, 31)), new Held("a", LEAP_DAY), new Held("b", LocalDate.of(2024, 2, 1)),
                new Held("a", LocalDate.of(2024, 2, 10)), new Held("d", LocalDate.of(2024, 2, 21)));

        // a's two in time, c's and d's late
        assertThat(SupervisionTimeliness.between(dues, sessions, worker -> true, FEBRUARY, LEAP_DAY)).isEqualTo(new WorkFallingDue.Count(2, 4));
        assertThat(SupervisionTimeliness.between(dues, sessions, Set.of("c", "d")::contains, FEBRUARY, LEAP_DAY))
                .as("one service's workers").isEqualTo(new WorkFallingDue.Count(0, 2));
        assertThat(SupervisionTimeliness.between(dues, sessions, worker -> true, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31)))
                .as("March: b's, due on its first day and not met by the session on the day its clock started").isEqualTo(new WorkFallingDue.Count(0, 1));
    }
}
