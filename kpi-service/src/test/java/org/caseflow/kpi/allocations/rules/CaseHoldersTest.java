package org.caseflow.kpi.allocations.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who holds each child's case at the end of a day: the latest allocation on or before it (docs/statutory-rules.md section 5). */
class CaseHoldersTest {

    private static final LocalDate MONTH_END = LocalDate.of(2024, 2, 29);

    @Test
    void theLatestAllocationOnOrBeforeTheDayNamesTheWorker() {
        List<Allocation> allocations = List.of(
                // C1: allocated for the assessment, then a plan's lead from the month's last day
                new Allocation("C1", "north.worker", LocalDate.of(2024, 1, 8), 10),
                new Allocation("C1", "cic.worker", MONTH_END, 20),
                // C2: reallocated the day after the month ends: not yet
                new Allocation("C2", "south.worker", LocalDate.of(2024, 1, 8), 11),
                new Allocation("C2", "cic.worker", MONTH_END.plusDays(1), 21),
                // C3: allocated only after the month
                new Allocation("C3", "north.worker", MONTH_END.plusDays(1), 22));

        assertThat(CaseHolders.on(allocations, MONTH_END)).containsExactlyInAnyOrderEntriesOf(Map.of("C1", "cic.worker", "C2", "south.worker"));
        assertThat(CaseHolders.on(allocations, MONTH_END.minusDays(1))).containsEntry("C1", "north.worker");
        assertThat(CaseHolders.on(allocations, MONTH_END.plusDays(1))).containsEntry("C2", "cic.worker").containsEntry("C3", "north.worker");
    }

    @Test
    void ofTwoAllocationsOnOneDayTheOneRecordedLaterStands() {
        // a plan started with its lead on the day a manager reallocated the child, recorded after the plan
        List<Allocation> sameDay = List.of(new Allocation("C1", "reallocated.to", MONTH_END, 31),
                new Allocation("C1", "plan.lead", MONTH_END, 30));

        assertThat(CaseHolders.on(sameDay, MONTH_END)).containsExactly(Map.entry("C1", "reallocated.to"));
        assertThat(CaseHolders.on(List.of(), MONTH_END)).isEmpty();
    }
}
