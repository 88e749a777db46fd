package org.caseflow.workflow.fostering.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.caseflow.calendar.LocalTimescales;
import org.caseflow.calendar.Timescale;
import org.caseflow.calendar.Timescales;
import org.caseflow.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When a foster carer's DBS check and supervisory visit fall due, at the edges of months and leap years. */
class CarerIntervalsTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();
    private static final Timescales TIMESCALES = new Timescales(LocalTimescales.englandCommon());
    private static final Timescale RENEWAL = TIMESCALES.byId(LocalTimescales.FOSTER_CARER_DBS_RENEWAL);
    private static final Timescale VISITS = TIMESCALES.byId(LocalTimescales.FOSTER_CARER_SUPERVISION_VISIT);

    @ParameterizedTest(name = "a check on {0} is renewed by {1}")
    @CsvSource({
        "2024-02-29, 2027-02-28", // no 29 February three years on
        "2025-02-28, 2028-02-28", // not moved to the leap day
        "2025-03-01, 2028-03-01",
        "2027-02-28, 2030-02-28",
        "2025-12-31, 2028-12-31",
        "2026-01-31, 2029-01-31"})
    void aDbsCheckIsRenewedThreeCalendarYearsAfterTheLast(LocalDate checkedOn, LocalDate renewBy) {
        Timescale next = CarerIntervals.nextDbsCheck(checkedOn, RENEWAL);

        assertThat(next).isSameAs(RENEWAL);
        assertThat(next.deadline(CALENDAR, checkedOn)).isEqualTo(renewBy);
    }

    @Test
    void aCarerApprovedWithNoCheckRecordedHasOneDueOnTheDayOfApprovalUnderTheSameRule() {
        Timescale first = CarerIntervals.nextDbsCheck(null, RENEWAL);

        assertThat(first.id()).isEqualTo("T27");
        assertThat(first.limitInWords()).isEqualTo("at once");
        // approved on a Saturday, a bank holiday, and the last day of February in a leap year: due that very day
        assertThat(first.deadline(CALENDAR, LocalDate.of(2026, 3, 7))).isEqualTo(LocalDate.of(2026, 3, 7));
        assertThat(first.deadline(CALENDAR, LocalDate.of(2025, 12, 25))).isEqualTo(LocalDate.of(2025, 12, 25));
        assertThat(first.deadline(CALENDAR, LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(first.atRisk(CALENDAR, LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @ParameterizedTest(name = "a visit on {0}: the next by {1}")
    @CsvSource({
        "2024-01-31, 2024-03-13", // across a leap February
        "2025-01-31, 2025-03-14",
        "2024-02-29, 2024-04-11",
        "2025-11-30, 2026-01-11", // across the year's end
        "2025-12-19, 2026-01-30"}) // weekends and bank holidays count: 42 calendar days
    void aCarerIsVisitedWithinSixWeeksOfTheLastVisit(LocalDate visitedOn, LocalDate nextBy) {
        assertThat(VISITS.deadline(CALENDAR, visitedOn)).isEqualTo(nextBy);
        assertThat(VISITS.limitInWords()).isEqualTo("6 weeks");
    }
}
