package org.caseflow.kpi.measures.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Work falling due in a period, done by its due date or not (docs/statutory-rules.md section 5). */
class WorkFallingDueTest {

    @ParameterizedTest(name = "due {0}, done {1}: in timescale {2}")
    @CsvSource(nullValues = "-", value = {
            "2024-02-29, 2024-02-29, true",
            "2024-02-29, 2024-02-01, true",
            "2024-02-29, 2024-03-01, false",
            "2024-02-29, -,          false"})
    void workIsInTimescaleWhenDoneOnOrBeforeItsDueDate(LocalDate due, LocalDate done, boolean inTimescale) {
        assertThat(new WorkFallingDue(due, done).doneInTimescale()).isEqualTo(inTimescale);
    }

    @Test
    void aPeriodCountsTheWorkDueFromItsFirstDayToItsLastBothIncluded() {
        List<WorkFallingDue> work = List.of(
                new WorkFallingDue(LocalDate.of(2024, 1, 31), LocalDate.of(2024, 1, 31)),
                new WorkFallingDue(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 30)),
                new WorkFallingDue(LocalDate.of(2024, 2, 29), null),
                new WorkFallingDue(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 2, 1)));

        assertThat(WorkFallingDue.between(work, LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29))).isEqualTo(new WorkFallingDue.Count(1, 2));
        assertThat(WorkFallingDue.between(work, LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 28))).as("the month so far")
                .isEqualTo(new WorkFallingDue.Count(1, 1));
        assertThat(WorkFallingDue.between(List.of(), LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29))).isEqualTo(new WorkFallingDue.Count(0, 0));
    }

    @Test
    void workAlwaysHasADueDate() {
        assertThatThrownBy(() -> new WorkFallingDue(null, LocalDate.of(2024, 2, 1))).isInstanceOf(NullPointerException.class);
    }
}
