package org.caseflow.kpi.measures.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The target a month is judged against when a measure is rated by its milestones (the reference report's). */
class MilestoneTrajectoryTest {

    private static final Map<YearMonth, BigDecimal> ENTERING_CARE = Map.of(
            YearMonth.of(2023, 9), BigDecimal.valueOf(60), YearMonth.of(2024, 3), BigDecimal.valueOf(120));
    private static final Map<YearMonth, BigDecimal> OPEN_CASES = Map.of(
            YearMonth.of(2023, 9), BigDecimal.valueOf(1839), YearMonth.of(2024, 3), BigDecimal.valueOf(1756));

    @ParameterizedTest(name = "by {0}: {1}")
    @CsvSource({
            "2023-04-30, 10", "2023-06-30, 30", "2023-09-30, 60", "2023-12-31, 90", "2024-03-31, 120",
            // the month in progress: 2 months and 15/30 of June
            "2023-06-15, 25"})
    void aCountOverTheYearToDateIsJudgedOnTheLineFromNoneOnFirstAprilThroughItsMilestones(LocalDate date, BigDecimal target) {
        assertThat(MilestoneTrajectory.targetOn(date, ENTERING_CARE, true)).hasValueSatisfying(
                value -> assertThat(value).isEqualByComparingTo(target));
    }

    @ParameterizedTest(name = "on {0}: {1}")
    @CsvSource({"2023-04-30, 1839", "2023-06-30, 1839", "2023-09-30, 1839", "2023-12-31, 1797.5", "2024-03-31, 1756"})
    void whatStandsOnADayHoldsTheFirstMilestoneBeforeItAndRunsStraightBetweenThem(LocalDate date, BigDecimal target) {
        assertThat(MilestoneTrajectory.targetOn(date, OPEN_CASES, false)).hasValueSatisfying(
                value -> assertThat(value).isEqualByComparingTo(target));
    }

    @Test
    void afterTheYearsLastMilestoneACountGoesOnAtItsSlopeAndASnapshotHoldsIt() {
        Map<YearMonth, BigDecimal> septemberOnly = Map.of(YearMonth.of(2023, 9), BigDecimal.valueOf(90));

        assertThat(MilestoneTrajectory.targetOn(LocalDate.of(2023, 12, 31), septemberOnly, true))
                .hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo("135"));
        assertThat(MilestoneTrajectory.targetOn(LocalDate.of(2023, 12, 31), septemberOnly, false))
                .hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo("90"));
    }

    @Test
    void aYearWithoutMilestonesHasNoTarget() {
        // the milestones are for 2023-24; April 2024 is in 2024-25
        assertThat(MilestoneTrajectory.targetOn(LocalDate.of(2024, 4, 30), ENTERING_CARE, true)).isEmpty();
        assertThat(MilestoneTrajectory.targetOn(LocalDate.of(2023, 3, 31), OPEN_CASES, false)).isEmpty();
    }
}
