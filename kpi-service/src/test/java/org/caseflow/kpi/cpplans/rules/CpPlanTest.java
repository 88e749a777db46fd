package org.caseflow.kpi.cpplans.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who is on a plan at the end of a reporting date: KPI cp-count, docs/statutory-rules.md section 5. */
class CpPlanTest {

    @ParameterizedTest(name = "{0}: a plan from {1} to {2} is open at the end of {3}: {4}")
    @CsvSource(nullValues = "-", value = {
            "started that day,                         2024-02-29, -,          2024-02-29, true",
            "starts the day after,                     2024-03-01, -,          2024-02-29, false",
            "open for years,                           2021-01-04, -,          2024-02-29, true",
            "ends that day: an ended plan,             2023-11-20, 2024-02-29, 2024-02-29, false",
            "ends the day after,                       2023-11-20, 2024-03-01, 2024-02-29, true",
            "ended the month before,                   2023-11-20, 2024-01-31, 2024-02-29, false",
            "started and ended the same day,           2024-02-29, 2024-02-29, 2024-02-29, false",
            "open across the financial year end,       2025-03-31, 2025-04-01, 2025-03-31, true"})
    void aPlanIsOpenFromItsStartUntilTheDayItEnds(String why, LocalDate started, LocalDate ended, LocalDate on, boolean open) {
        assertThat(new CpPlan("CPP-1", "C1", started, ended).isOpenOn(on)).isEqualTo(open);
    }

    @Test
    void eachChildOnAPlanCountsOnce() {
        LocalDate monthEnd = LocalDate.of(2024, 2, 29);
        List<CpPlan> plans = List.of(
                new CpPlan("CPP-1", "C1", LocalDate.of(2023, 11, 20), null),
                // the same child's plan opened twice by mistake is still one child
                new CpPlan("CPP-2", "C1", LocalDate.of(2024, 1, 8), null),
                new CpPlan("CPP-3", "C2", LocalDate.of(2022, 2, 14), monthEnd),
                new CpPlan("CPP-4", "C3", LocalDate.of(2024, 2, 26), null),
                new CpPlan("CPP-5", "C4", LocalDate.of(2024, 3, 1), null));

        assertThat(CpPlan.childrenOnAPlan(plans, monthEnd)).isEqualTo(2);
        assertThat(CpPlan.childrenOnAPlan(plans, LocalDate.of(2024, 2, 28))).as("the day before, C2 was still on hers").isEqualTo(3);
        assertThat(CpPlan.childrenOnAPlan(List.of(), monthEnd)).isZero();
    }
}
