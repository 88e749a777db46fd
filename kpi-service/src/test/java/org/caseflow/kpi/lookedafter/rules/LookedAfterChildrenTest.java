package org.caseflow.kpi.lookedafter.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.caseflow.journey.events.lookedafter.LegalStatus;
import org.caseflow.journey.events.lookedafter.ReasonCeased;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who is looked after, entering and ceasing care, for KPIs cla-count, entering-care, ceased-care and
 * ceased-care-reasons: docs/statutory-rules.md section 5.
 */
class LookedAfterChildrenTest {

    private static final LocalDate YEAR_END = LocalDate.of(2024, 3, 31);
    private static final LocalDate NEXT_YEAR_START = LocalDate.of(2024, 4, 1);

    @ParameterizedTest(name = "{0}: a period from {1} to {2} is open at the end of {3}: {4}")
    @CsvSource(nullValues = "-", value = {
            "started that day,                          2024-02-29, -,          2024-02-29, true",
            "starts the day after,                      2024-03-01, -,          2024-02-29, false",
            "ends that day: the child ceased care,      2023-11-20, 2024-02-29, 2024-02-29, false",
            "ends the day after,                        2023-11-20, 2024-03-01, 2024-02-29, true",
            "started and ended the same day,            2024-02-29, 2024-02-29, 2024-02-29, false",
            "open across the financial year end,        2024-03-31, 2024-04-01, 2024-03-31, true"})
    void aChildIsLookedAfterFromThePeriodsStartUntilTheDayItEnds(String why, LocalDate started, LocalDate ended, LocalDate on,
            boolean open) {
        assertThat(period("LAC-1", "C1", started, ended, LegalStatus.C2, ended == null ? null : ReasonCeased.E8).isLookedAfterOn(on))
                .isEqualTo(open);
    }

    @Test
    void theChildrenLookedAfterLeaveOutShortBreaksAndCountEachChildOnce() {
        List<CarePeriod> periods = List.of(
                period("LAC-1", "C1", LocalDate.of(2023, 5, 2), null, LegalStatus.C2, null),
                // C2: short breaks only, under either status
                period("LAC-2", "C2", LocalDate.of(2023, 5, 2), null, LegalStatus.V3, null),
                period("LAC-3", "C3", LocalDate.of(2023, 5, 2), null, LegalStatus.V4, null),
                // C4: ceased at the year end
                period("LAC-4", "C4", LocalDate.of(2022, 1, 4), YEAR_END, LegalStatus.C2, ReasonCeased.E11),
                // C5: a period ended and another started the same day: once
                period("LAC-5", "C5", LocalDate.of(2022, 1, 4), LocalDate.of(2024, 3, 1), LegalStatus.V2, ReasonCeased.E4A),
                period("LAC-6", "C5", LocalDate.of(2024, 3, 1), null, LegalStatus.C1, null));

        assertThat(LookedAfterChildren.on(periods, YEAR_END)).containsExactlyInAnyOrder("C1", "C5");
        assertThat(LookedAfterChildren.on(periods, YEAR_END.minusDays(1))).containsExactlyInAnyOrder("C1", "C4", "C5");
        assertThat(LookedAfterChildren.on(List.of(), YEAR_END)).isEmpty();
    }

    @Test
    void childrenEnteringCareAreCountedOnceInTheYearTheirPeriodStarted() {
        List<CarePeriod> periods = List.of(
                // C1: on the last day of 2023-24
                period("LAC-1", "C1", YEAR_END, null, LegalStatus.V2, null),
                // C2: on the first day of 2024-25, and again in the same year
                period("LAC-2", "C2", NEXT_YEAR_START, LocalDate.of(2024, 5, 1), LegalStatus.V2, ReasonCeased.E4A),
                period("LAC-3", "C2", LocalDate.of(2024, 9, 2), null, LegalStatus.C1, null),
                // C3: short breaks only
                period("LAC-4", "C3", LocalDate.of(2024, 6, 3), null, LegalStatus.V3, null));

        assertThat(LookedAfterChildren.entering(periods, LocalDate.of(2023, 4, 1), YEAR_END)).containsExactly("C1");
        assertThat(LookedAfterChildren.entering(periods, NEXT_YEAR_START, LocalDate.of(2025, 3, 31))).containsExactly("C2");
        assertThat(LookedAfterChildren.entering(periods, NEXT_YEAR_START, NEXT_YEAR_START)).as("the month alone, from its first day")
                .containsExactly("C2");
    }

    @Test
    void childrenCeasingCareAreCountedOnceWithTheirLastPeriodToEnd() {
        List<CarePeriod> periods = List.of(
                // C1: ceased on the last day of 2023-24
                period("LAC-1", "C1", LocalDate.of(2020, 1, 6), YEAR_END, LegalStatus.C2, ReasonCeased.E47),
                // C2: ceased twice in 2024-25, lastly adopted
                period("LAC-2", "C2", LocalDate.of(2023, 1, 9), NEXT_YEAR_START, LegalStatus.V2, ReasonCeased.E4B),
                period("LAC-3", "C2", LocalDate.of(2024, 5, 1), LocalDate.of(2025, 3, 31), LegalStatus.E1, ReasonCeased.E12),
                // C3: short breaks only
                period("LAC-4", "C3", LocalDate.of(2023, 1, 9), LocalDate.of(2024, 6, 3), LegalStatus.V4, ReasonCeased.E8),
                // C4: still looked after
                period("LAC-5", "C4", LocalDate.of(2023, 1, 9), null, LegalStatus.C2, null));

        assertThat(LookedAfterChildren.ceasing(periods, LocalDate.of(2023, 4, 1), YEAR_END)).extracting(CarePeriod::laChildId)
                .containsExactly("C1");
        List<CarePeriod> nextYear = LookedAfterChildren.ceasing(periods, NEXT_YEAR_START, LocalDate.of(2025, 3, 31));
        assertThat(nextYear).extracting(CarePeriod::claPeriodId).containsExactly("LAC-3");
        assertThat(LookedAfterChildren.reasonsCeased(nextYear)).containsEntry("ADOPTED", 1L).containsEntry("RETURNED_HOME", 0L);
        assertThat(LookedAfterChildren.ceasing(periods, NEXT_YEAR_START, LocalDate.of(2024, 4, 30))).extracting(CarePeriod::reasonCeased)
                .as("in April alone, the first").containsExactly(ReasonCeased.E4B);
    }

    @Test
    void reasonsAreGroupedAsTheReportGroupsThemEveryGroupShown() {
        // "7 children ceased care in June: 1 adopted, 2 by SGO or RO, and 4 who turned 18"
        LocalDate june = LocalDate.of(2023, 6, 15);
        List<CarePeriod> ceased = List.of(
                period("LAC-1", "C1", LocalDate.of(2020, 1, 6), june, LegalStatus.E1, ReasonCeased.E11),
                period("LAC-2", "C2", LocalDate.of(2020, 1, 6), june, LegalStatus.C2, ReasonCeased.E45),
                period("LAC-3", "C3", LocalDate.of(2020, 1, 6), june, LegalStatus.C2, ReasonCeased.E41),
                period("LAC-4", "C4", LocalDate.of(2020, 1, 6), june, LegalStatus.C2, ReasonCeased.E5),
                period("LAC-5", "C5", LocalDate.of(2020, 1, 6), june, LegalStatus.C2, ReasonCeased.E6),
                period("LAC-6", "C6", LocalDate.of(2020, 1, 6), june, LegalStatus.V2, ReasonCeased.E17),
                period("LAC-7", "C7", LocalDate.of(2020, 1, 6), june, LegalStatus.C2, ReasonCeased.E7));

        assertThat(LookedAfterChildren.reasonsCeased(LookedAfterChildren.ceasing(ceased, LocalDate.of(2023, 6, 1), LocalDate.of(2023, 6, 30))))
                .containsExactly(entry("ADOPTED", 1), entry("SPECIAL_GUARDIANSHIP_OR_RESIDENCE_ORDER", 2), entry("RETURNED_HOME", 0),
                        entry("ADULTHOOD_OR_INDEPENDENCE", 4), entry("OTHER", 0));
        assertThat(LookedAfterChildren.reasonsCeased(List.of())).hasSize(5).allSatisfy((kind, count) -> assertThat(count).isZero());
    }

    private static java.util.Map.Entry<String, Long> entry(String key, long count) {
        return java.util.Map.entry(key, count);
    }

    private static CarePeriod period(String id, String child, LocalDate started, LocalDate ended, LegalStatus status, ReasonCeased reason) {
        return new CarePeriod(id, child, started, ended, status, reason);
    }
}
