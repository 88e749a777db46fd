package org.caseflow.kpi.cpplans.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** KPIs cp-plans-ended-2-years and cp-over-2-years, docs/statutory-rules.md section 5. */
class LongPlansTest {

    @ParameterizedTest(name = "{0}: a plan from {1} to {2} lasted 2 years or more: {3}")
    @CsvSource({
            "exactly 2 years,                                2022-02-14, 2024-02-14, true",
            "a day short,                                    2022-02-14, 2024-02-13, false",
            "2 years and a day,                              2022-02-14, 2024-02-15, true",
            "from the leap day to 28 February: 2 years,      2024-02-29, 2026-02-28, true",
            "from the leap day to 27 February: a day short,  2024-02-29, 2026-02-27, false",
            "28 February to 28 February over a leap year,   2022-02-28, 2024-02-28, true",
            "from 1 March over the leap day,                 2022-03-01, 2024-02-29, false",
            "month end to month end,                         2022-04-30, 2024-04-30, true"})
    void anEndedPlanLastedTwoYearsOrMoreFromItsSecondAnniversary(String why, LocalDate started, LocalDate ended, boolean twoYears) {
        assertThat(LongPlans.lastedTwoYearsOrMore(new CpPlan("CPP-1", "C1", started, ended))).isEqualTo(twoYears);
    }

    @ParameterizedTest(name = "{0}: a plan from {1} is over 2 years old at the end of {2}: {3}")
    @CsvSource({
            "exactly 2 years is not over,           2022-02-28, 2024-02-28, false",
            "the day after is over,                 2022-02-28, 2024-02-29, true",
            "the leap day's second anniversary is 28 February, 2024-02-29, 2026-02-28, false",
            "and it is over on 1 March,             2024-02-29, 2026-03-01, true",
            "a day short,                           2022-03-01, 2024-02-29, false",
            "over at the financial year end,        2023-03-30, 2025-03-31, true"})
    void aChildIsOnAPlanForOverTwoYearsFromTheDayAfterItsSecondAnniversary(String why, LocalDate started, LocalDate on,
            boolean over) {
        assertThat(LongPlans.isOverTwoYearsOn(new CpPlan("CPP-1", "C1", started, null), on)).isEqualTo(over);
    }

    @Test
    void aPlanNoLongerOpenIsNotOverTwoYearsAndAnOpenOneHasNotEnded() {
        CpPlan endedOnTheReportingDate = new CpPlan("CPP-1", "C1", LocalDate.of(2021, 1, 4), LocalDate.of(2024, 2, 29));

        assertThat(LongPlans.isOverTwoYearsOn(endedOnTheReportingDate, LocalDate.of(2024, 2, 29))).isFalse();
        assertThat(LongPlans.isOverTwoYearsOn(endedOnTheReportingDate, LocalDate.of(2024, 2, 28))).isTrue();
        assertThat(LongPlans.lastedTwoYearsOrMore(new CpPlan("CPP-2", "C2", LocalDate.of(2020, 1, 6), null))).isFalse();
    }

    @Test
    void endedPlansAreCountedEachAndChildrenOverTwoYearsOnce() {
        LocalDate monthEnd = LocalDate.of(2024, 2, 29);
        List<CpPlan> ended = List.of(new CpPlan("CPP-1", "C1", LocalDate.of(2022, 2, 14), LocalDate.of(2024, 2, 14)),
                new CpPlan("CPP-2", "C2", LocalDate.of(2022, 1, 10), LocalDate.of(2023, 5, 15)));
        List<CpPlan> open = List.of(new CpPlan("CPP-3", "C3", LocalDate.of(2022, 2, 28), null),
                new CpPlan("CPP-4", "C3", LocalDate.of(2021, 6, 1), null),
                new CpPlan("CPP-5", "C4", LocalDate.of(2023, 11, 20), null));

        assertThat(LongPlans.countEnded(ended)).isEqualTo(new LongPlans.EndedCount(1, 2));
        assertThat(LongPlans.countEnded(List.of())).isEqualTo(new LongPlans.EndedCount(0, 0));
        assertThat(LongPlans.childrenOverTwoYearsOn(open, monthEnd)).isEqualTo(1);
    }
}
