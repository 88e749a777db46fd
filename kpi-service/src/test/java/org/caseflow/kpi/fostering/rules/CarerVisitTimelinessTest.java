package org.caseflow.kpi.fostering.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.caseflow.journey.events.fostering.CarerType;
import org.caseflow.kpi.fostering.rules.CarerVisitTimeliness.Due;
import org.caseflow.kpi.fostering.rules.CarerVisitTimeliness.Visit;
import org.caseflow.kpi.measures.rules.WorkFallingDue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Supervisory visits to foster carers in timescale (KPIs carer-supervision-in-house and carer-supervision-kinship,
 * docs/statutory-rules.md section 5): each visit due is met by the carer's next visit after the one its clock counts
 * from (on or after the approval, for the first), on or before its due date, and falls due only while the carer is
 * approved.
 */
class CarerVisitTimelinessTest {

    private static final LocalDate APPROVED = LocalDate.of(2024, 1, 18);
    private static final LocalDate LEAP_DAY = LocalDate.of(2024, 2, 29);
    private static final Carer CARER = new Carer("FC-1", CarerType.IN_HOUSE, APPROVED, null, "worker");

    @ParameterizedTest(name = "{0}: counted from {1} (a visit: {2}), due {3}, visits {4}: met {5}")
    @CsvSource(nullValues = "-", value = {
            "made on the due date,                             2024-01-18, false, 2024-02-29, 2024-02-29,            2024-02-29",
            "made the day after: late,                         2024-01-18, false, 2024-02-29, 2024-03-01,            2024-03-01",
            "the first met by a visit on the day of approval,  2024-01-18, false, 2024-02-29, 2024-01-18,            2024-01-18",
            "'the visit that started the clock is not the next', 2024-01-18, true, 2024-02-29, 2024-01-18,           -",
            "the first visit after the clock started,          2024-01-18, true,  2024-02-29, 2024-01-18 2024-02-05 2024-02-20, 2024-02-05",
            "none at all,                                      2024-01-18, false, 2024-02-29, -,                     -"})
    void aVisitDueIsMetByTheNextVisitAfterItsClockStarted(String why, LocalDate countedFrom, boolean countedFromAVisit, LocalDate dueOn,
            String visitDays, LocalDate metOn) {
        List<Visit> visits = visitDays == null ? List.of()
                : Arrays.stream(visitDays.split(" ")).map(day -> new Visit("FC-1", LocalDate.parse(day))).toList();

        assertThat(CarerVisitTimeliness.fallingDue(List.of(new Due(CARER, countedFrom, dueOn, countedFromAVisit)), visits))
                .containsExactly(new WorkFallingDue(dueOn, metOn));
    }

    @Test
    void aVisitStillOwedWhenTheCarerWasDeregisteredNeverFellDue() {
        Carer deregisteredOnTheDueDate = new Carer("FC-2", CarerType.IN_HOUSE, APPROVED, LEAP_DAY, "worker");
        Carer deregisteredTheDayAfter = new Carer("FC-3", CarerType.IN_HOUSE, APPROVED, LEAP_DAY.plusDays(1), "worker");
        Carer visitedOnTheDayOfDeregistration = new Carer("FC-4", CarerType.IN_HOUSE, APPROVED, LEAP_DAY, "worker");

        List<WorkFallingDue> due = CarerVisitTimeliness.fallingDue(List.of(
                new Due(deregisteredOnTheDueDate, APPROVED, LEAP_DAY, false),
                new Due(deregisteredTheDayAfter, APPROVED, LEAP_DAY, false),
                new Due(visitedOnTheDayOfDeregistration, APPROVED, LEAP_DAY, false)), List.of(new Visit("FC-4", LEAP_DAY)));

        assertThat(due).containsExactly(new WorkFallingDue(LEAP_DAY, null), new WorkFallingDue(LEAP_DAY, LEAP_DAY));
    }

    @Test
    void aMonthCountsTheVisitsDueFromItsFirstDayToItsLastToCarersOfTheType() {
        Carer visitedLate = new Carer("FC-5", CarerType.IN_HOUSE, LocalDate.of(2023, 11, 9), null, "worker");
        Carer visitedInTime = new Carer("FC-6", CarerType.IN_HOUSE, LocalDate.of(2023, 12, 20), null, "worker");
        Carer kinship = new Carer("FC-7", CarerType.KINSHIP, LocalDate.of(2024, 1, 4), null, "other");
        List<Due> dues = List.of(
                // due on February's first day, met the day after
                new Due(visitedLate, LocalDate.of(2023, 12, 21), LocalDate.of(2024, 2, 1), true),
                new Due(visitedLate, LocalDate.of(2024, 2, 2), LocalDate.of(2024, 3, 15), true),
                // due on the last day of January, February (met that day) and the first of March
                new Due(visitedInTime, LocalDate.of(2023, 12, 20), LocalDate.of(2024, 1, 31), false),
                new Due(visitedInTime, LocalDate.of(2024, 1, 18), LEAP_DAY, true),
                new Due(visitedInTime, LEAP_DAY, LocalDate.of(2024, 3, 1), true),
                // the same due published twice: once
                new Due(kinship, LocalDate.of(2024, 1, 4), LocalDate.of(2024, 2, 15), false),
                new Due(kinship, LocalDate.of(2024, 1, 4), LocalDate.of(2024, 2, 15), false));
        List<Visit> visits = List.of(new Visit("FC-5", LocalDate.of(2023, 12, 21)), new Visit("FC-5", LocalDate.of(2024, 2, 2)),
                new Visit("FC-6", LocalDate.of(2024, 1, 18)), new Visit("FC-6", LEAP_DAY), new Visit("FC-7", LocalDate.of(2024, 2, 14)));

        assertThat(CarerVisitTimeliness.between(dues, visits, CarerType.IN_HOUSE, LocalDate.of(2024, 2, 1), LEAP_DAY))
                .isEqualTo(new WorkFallingDue.Count(1, 2));
        assertThat(CarerVisitTimeliness.between(dues, visits, CarerType.KINSHIP, LocalDate.of(2024, 2, 1), LEAP_DAY))
                .isEqualTo(new WorkFallingDue.Count(1, 1));
        assertThat(CarerVisitTimeliness.between(dues, visits, CarerType.IN_HOUSE, LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 28)))
                .as("February so far, on the 28th").isEqualTo(new WorkFallingDue.Count(0, 1));
        assertThat(CarerVisitTimeliness.between(dues, visits, CarerType.IN_HOUSE, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31)))
                .as("January: a first visit, due on its last day").isEqualTo(new WorkFallingDue.Count(1, 1));
        assertThat(CarerVisitTimeliness.between(dues, visits, CarerType.IN_HOUSE, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31)))
                .as("March: none made, and the visit on the day a clock started is not the next").isEqualTo(new WorkFallingDue.Count(0, 2));
    }
}
