package org.caseflow.kpi.fostering.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.caseflow.journey.events.fostering.CarerType;
import org.caseflow.kpi.fostering.rules.DbsRecorded.DbsCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Foster carers with DBS recorded (KPIs fostering-dbs-in-house and fostering-dbs-kinship, docs/statutory-rules.md
 * section 5): of the carers of a type approved at the end of the reporting date, those whose latest DBS check made by
 * then is not past its renewal date that day.
 */
class DbsRecordedTest {

    private static final LocalDate LEAP_FEBRUARY_END = LocalDate.of(2024, 2, 29);
    private static final LocalDate FEBRUARY_END = LocalDate.of(2025, 2, 28);

    @ParameterizedTest(name = "{0}: checked {1}, renewal due {2}: recorded at the end of {3}: {4}")
    @CsvSource({
            "renewal due on 29 February: still recorded that day,     2021-02-26, 2024-02-29, 2024-02-29, true",
            "renewal due on 29 February: overdue on 1 March,          2021-02-26, 2024-02-29, 2024-03-01, false",
            "renewal due on 28 February: overdue on the leap day,     2021-02-28, 2024-02-28, 2024-02-29, false",
            "renewal due on 28 February: recorded at the month's end, 2022-02-28, 2025-02-28, 2025-02-28, true",
            "renewal due on 28 February: overdue on 1 March,          2022-02-28, 2025-02-28, 2025-03-01, false",
            "checked that very day,                                   2024-02-29, 2027-02-28, 2024-02-29, true",
            "checked the day after: not yet,                          2024-03-01, 2027-03-01, 2024-02-29, false"})
    void aCheckIsRecordedFromItsDateToItsRenewalDateBothIncluded(String why, LocalDate checkedOn, LocalDate renewalDueOn, LocalDate date,
            boolean recorded) {
        assertThat(DbsRecorded.isRecordedOn(date, List.of(new DbsCheck("FC-1", checkedOn, renewalDueOn)))).isEqualTo(recorded);
    }

    @Test
    void theLatestCheckMadeByTheDateDecides() {
        DbsCheck overdue = new DbsCheck("FC-1", LocalDate.of(2021, 2, 1), LocalDate.of(2024, 2, 1));
        DbsCheck renewal = new DbsCheck("FC-1", LocalDate.of(2024, 2, 20), LocalDate.of(2027, 2, 20));

        assertThat(DbsRecorded.isRecordedOn(LocalDate.of(2024, 2, 19), List.of(overdue, renewal))).as("overdue until renewed").isFalse();
        assertThat(DbsRecorded.isRecordedOn(LocalDate.of(2024, 2, 20), List.of(renewal, overdue))).as("renewed").isTrue();
        assertThat(DbsRecorded.isRecordedOn(LocalDate.of(2024, 2, 20), List.of())).as("a carer approved with none recorded").isFalse();
    }

    @Test
    void theCarersCountedAreThoseOfTheTypeApprovedAtTheEndOfTheDay() {
        List<Carer> carers = List.of(
                carer("recorded", CarerType.IN_HOUSE, LocalDate.of(2023, 5, 1), null),
                // approved with no check on the reporting date itself: counted, and not recorded
                carer("approved that day", CarerType.IN_HOUSE, LEAP_FEBRUARY_END, null),
                // deregistered on the reporting date: no longer counted, recorded or not
                carer("deregistered that day", CarerType.IN_HOUSE, LocalDate.of(2023, 5, 1), LEAP_FEBRUARY_END),
                carer("deregistered the day after", CarerType.IN_HOUSE, LocalDate.of(2023, 5, 1), LocalDate.of(2024, 3, 1)),
                carer("approved the day after", CarerType.IN_HOUSE, LocalDate.of(2024, 3, 1), null),
                carer("kinship", CarerType.KINSHIP, LocalDate.of(2023, 5, 1), null));
        List<DbsCheck> checks = List.of(
                new DbsCheck("recorded", LocalDate.of(2023, 4, 20), LocalDate.of(2026, 4, 20)),
                new DbsCheck("deregistered that day", LocalDate.of(2023, 4, 20), LocalDate.of(2026, 4, 20)),
                new DbsCheck("deregistered the day after", LocalDate.of(2021, 2, 28), LocalDate.of(2024, 2, 28)),
                new DbsCheck("approved the day after", LocalDate.of(2024, 2, 1), LocalDate.of(2027, 2, 1)),
                new DbsCheck("kinship", LocalDate.of(2023, 4, 20), LocalDate.of(2026, 4, 20)));

        assertThat(DbsRecorded.on(LEAP_FEBRUARY_END, CarerType.IN_HOUSE, carers, checks)).isEqualTo(new DbsRecorded.Count(1, 3));
        assertThat(DbsRecorded.on(LEAP_FEBRUARY_END.minusDays(1), CarerType.IN_HOUSE, carers, checks))
                .as("the day before: the carer deregistered on the 29th still counts, its renewal due on the 28th not yet overdue")
                .isEqualTo(new DbsRecorded.Count(3, 3));
        assertThat(DbsRecorded.on(LEAP_FEBRUARY_END, CarerType.KINSHIP, carers, checks)).isEqualTo(new DbsRecorded.Count(1, 1));
        assertThat(DbsRecorded.on(FEBRUARY_END, CarerType.IN_HOUSE, carers, checks)).as("a year on")
                .isEqualTo(new DbsRecorded.Count(2, 3));
    }

    private static Carer carer(String id, CarerType type, LocalDate approvedOn, LocalDate deregisteredOn) {
        return new Carer(id, type, approvedOn, deregisteredOn, "worker");
    }
}
