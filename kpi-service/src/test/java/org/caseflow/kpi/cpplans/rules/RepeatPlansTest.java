package org.caseflow.kpi.cpplans.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** KPIs cp-repeat-plans and cp-repeat-plans-2-years, docs/statutory-rules.md section 5. */
class RepeatPlansTest {

    private static final LocalDate APRIL_2025 = LocalDate.of(2025, 4, 1);
    private static final LocalDate MARCH_2026 = LocalDate.of(2026, 3, 31);

    @ParameterizedTest(name = "{0}: a plan ended on {1}, the next started on {2}: within 2 years {3}")
    @CsvSource({
            "exactly 2 years later,                           2023-01-12, 2025-01-12, true",
            "2 years and a day later,                         2023-01-12, 2025-01-13, false",
            "the day after the end,                           2023-01-12, 2023-01-13, true",
            "the same day as the end,                         2023-01-12, 2023-01-12, true",
            "after a leap day end: 28 February is 2 years on, 2024-02-29, 2026-02-28, true",
            "after a leap day end: 1 March is a day too late, 2024-02-29, 2026-03-01, false",
            "onto the leap day from 28 February: a day late,  2022-02-28, 2024-02-29, false",
            "month end to month end,                          2024-03-31, 2026-03-31, true"})
    void aRepeatIsWithinTwoYearsUntilTheEndsSecondAnniversary(String why, LocalDate previousEnd, LocalDate started,
            boolean within) {
        assertThat(RepeatPlans.isWithinTwoYears(new CpPlan("CPP-1", "C1", previousEnd.minusMonths(9), previousEnd), started))
                .isEqualTo(within);
    }

    @Test
    void anEarlierPlanStillOpenIsWithinTwoYears() {
        assertThat(RepeatPlans.isWithinTwoYears(new CpPlan("CPP-1", "C1", LocalDate.of(2019, 5, 1), null), LocalDate.of(2025, 6, 2)))
                .isTrue();
    }

    @Test
    void eachPlanStartedInThePeriodCountsAndEarlierOnesAreOnlyLookedBackTo() {
        List<CpPlan> plans = List.of(
                // Amy: a plan that ended in January 2024, then one in the year: a repeat within 2 years
                new CpPlan("CPP-1", "C1", LocalDate.of(2023, 3, 1), LocalDate.of(2024, 1, 15)),
                new CpPlan("CPP-2", "C1", LocalDate.of(2025, 6, 2), null),
                // Ben: a plan ended in 2020 and one in the year: a second plan, not within 2 years
                new CpPlan("CPP-3", "C2", LocalDate.of(2019, 5, 1), LocalDate.of(2020, 6, 30)),
                new CpPlan("CPP-4", "C2", LocalDate.of(2025, 9, 9), null),
                // Cara: her first plan
                new CpPlan("CPP-5", "C3", LocalDate.of(2025, 7, 1), null),
                // Dan: two plans in the year, the second within 2 years of the first
                new CpPlan("CPP-6", "C4", LocalDate.of(2025, 4, 1), LocalDate.of(2025, 10, 1)),
                new CpPlan("CPP-7", "C4", LocalDate.of(2026, 3, 31), null));

        assertThat(RepeatPlans.count(APRIL_2025, MARCH_2026, plans)).isEqualTo(new RepeatPlans.Count(3, 2, 5));
    }

    @Test
    void aLongAgoPlanDoesNotHideARecentOne() {
        List<CpPlan> plans = List.of(new CpPlan("CPP-1", "C1", LocalDate.of(2015, 5, 1), LocalDate.of(2016, 5, 1)),
                new CpPlan("CPP-2", "C1", LocalDate.of(2023, 9, 1), LocalDate.of(2024, 9, 1)),
                new CpPlan("CPP-3", "C1", LocalDate.of(2025, 5, 1), null));

        assertThat(RepeatPlans.count(APRIL_2025, MARCH_2026, plans)).isEqualTo(new RepeatPlans.Count(1, 1, 1));
    }

    @Test
    void twoPlansStartedTheSameDayAreNeitherARepeatOfTheOther() {
        List<CpPlan> plans = List.of(new CpPlan("CPP-1", "C1", LocalDate.of(2025, 5, 1), null),
                new CpPlan("CPP-2", "C1", LocalDate.of(2025, 5, 1), null));

        assertThat(RepeatPlans.count(APRIL_2025, MARCH_2026, plans)).isEqualTo(new RepeatPlans.Count(0, 0, 2));
    }

    @Test
    void theFirstAndLastDaysOfThePeriodAreInItAndTheDaysOutsideAreNot() {
        List<CpPlan> plans = List.of(new CpPlan("CPP-1", "C1", LocalDate.of(2025, 3, 31), LocalDate.of(2025, 3, 31)),
                new CpPlan("CPP-2", "C1", APRIL_2025, LocalDate.of(2025, 4, 30)),
                new CpPlan("CPP-3", "C1", MARCH_2026, null),
                new CpPlan("CPP-4", "C1", LocalDate.of(2026, 4, 1), null));

        assertThat(RepeatPlans.count(APRIL_2025, MARCH_2026, plans)).isEqualTo(new RepeatPlans.Count(2, 2, 2));
        assertThat(RepeatPlans.count(APRIL_2025, MARCH_2026, List.of())).isEqualTo(new RepeatPlans.Count(0, 0, 0));
    }
}
