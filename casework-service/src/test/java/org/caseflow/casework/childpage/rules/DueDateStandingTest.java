package org.caseflow.casework.childpage.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.caseflow.calendar.LocalTimescale;
import org.caseflow.calendar.StatutoryTimescale;
import org.caseflow.calendar.TimescaleUnit;
import org.caseflow.calendar.WorkingDayCalendar;
import org.caseflow.casework.childpage.rules.DueDateStanding.Standing;
import org.junit.jupiter.api.Test;

class DueDateStandingTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();
    /** Thursday 26 February 2026: the assessment of a referral on Monday 22 December 2025 (T3, 45 working days). */
    private static final LocalDate ASSESSMENT_DUE = LocalDate.of(2026, 2, 26);

    @Test
    void anAssessmentIsAtRiskFromTenWorkingDaysBeforeItIsDue() {
        // T3's at-risk point is working day 35 of the 45: Thursday 12 February 2026
        assertThat(DueDateStanding.atRiskFrom(StatutoryTimescale.ASSESSMENT, ASSESSMENT_DUE, CALENDAR))
                .isEqualTo(LocalDate.of(2026, 2, 12))
                .isEqualTo(StatutoryTimescale.ASSESSMENT.atRisk(CALENDAR, LocalDate.of(2025, 12, 22)));
    }

    @Test
    void mostRulesAndDatesWithNoRuleAreAtRiskOnTheirDueDay() {
        LocalDate due = LocalDate.of(2026, 3, 5);
        assertThat(DueDateStanding.atRiskFrom(StatutoryTimescale.FIRST_CORE_GROUP, due, CALENDAR)).isEqualTo(due);
        assertThat(DueDateStanding.atRiskFrom(null, due, CALENDAR)).isEqualTo(due);
    }

    @Test
    void aCouncilsEarlierWarningOnALocalRuleIsCountedBackInTheRulesUnit() {
        LocalTimescale visitsEveryFourWeeksWarnedAfterThree = new LocalTimescale("T10", "Visit", 4, TimescaleUnit.CALENDAR_WEEKS, 3);
        LocalTimescale visitsEveryTwentyWorkingDaysWarnedAfterFifteen = new LocalTimescale("T11", "Visit", 20, TimescaleUnit.WORKING_DAYS, 15);

        assertThat(DueDateStanding.atRiskFrom(visitsEveryFourWeeksWarnedAfterThree, LocalDate.of(2026, 3, 5), CALENDAR))
                .isEqualTo(LocalDate.of(2026, 2, 26));
        // Friday 6 March 2026, less 5 working days
        assertThat(DueDateStanding.atRiskFrom(visitsEveryTwentyWorkingDaysWarnedAfterFifteen, LocalDate.of(2026, 3, 6), CALENDAR))
                .isEqualTo(LocalDate.of(2026, 2, 27));
    }

    @Test
    void pastItsDueDayWorkIsOverdueByTheWorkingDaysSince() {
        LocalDate monday = LocalDate.of(2026, 3, 2);
        DueDateStanding standing = DueDateStanding.on(monday, ASSESSMENT_DUE, LocalDate.of(2026, 2, 12), CALENDAR);

        assertThat(standing).isEqualTo(new DueDateStanding(Standing.OVERDUE, 2));
        assertThat(standing.inWords(monday, ASSESSMENT_DUE)).isEqualTo("Overdue: 2 working days late");
        assertThat(DueDateStanding.on(LocalDate.of(2026, 2, 27), ASSESSMENT_DUE, ASSESSMENT_DUE, CALENDAR)
                .inWords(LocalDate.of(2026, 2, 27), ASSESSMENT_DUE)).isEqualTo("Overdue: 1 working day late");
    }

    @Test
    void fromItsAtRiskPointToTheEndOfItsDueDayWorkIsAtRisk() {
        LocalDate atRiskFrom = LocalDate.of(2026, 2, 12);

        DueDateStanding onTheFirstDay = DueDateStanding.on(atRiskFrom, ASSESSMENT_DUE, atRiskFrom, CALENDAR);
        assertThat(onTheFirstDay).isEqualTo(new DueDateStanding(Standing.AT_RISK, 10));
        assertThat(onTheFirstDay.inWords(atRiskFrom, ASSESSMENT_DUE)).isEqualTo("At risk: 10 working days left");
        assertThat(DueDateStanding.on(ASSESSMENT_DUE, ASSESSMENT_DUE, atRiskFrom, CALENDAR).inWords(ASSESSMENT_DUE, ASSESSMENT_DUE))
                .isEqualTo("At risk: due today");
    }

    @Test
    void beforeItsAtRiskPointWorkIsComingUp() {
        LocalDate dayBefore = LocalDate.of(2026, 2, 11);
        DueDateStanding standing = DueDateStanding.on(dayBefore, ASSESSMENT_DUE, LocalDate.of(2026, 2, 12), CALENDAR);

        assertThat(standing).isEqualTo(new DueDateStanding(Standing.COMING_UP, 11));
        assertThat(standing.inWords(dayBefore, ASSESSMENT_DUE)).isEqualTo("Due in 11 working days");
    }

    /** A visit due by Saturday, judged on Friday: no working day is left, but the day is not today. */
    @Test
    void aDateDueAtTheWeekendIsCountedInDaysWhenNoWorkingDayIsLeft() {
        LocalDate friday = LocalDate.of(2026, 3, 6);
        LocalDate saturday = friday.plusDays(1);

        assertThat(DueDateStanding.on(friday, saturday, friday, CALENDAR).inWords(friday, saturday)).isEqualTo("At risk: due in 1 day");
        assertThat(DueDateStanding.on(friday, saturday, saturday, CALENDAR).inWords(friday, saturday)).isEqualTo("Due in 1 day");
    }

    @Test
    void outsideTheYearsTheBankHolidaysAreKnownForTheStandingIsStillSaidWithoutACount() {
        LocalDate farAhead = LocalDate.of(2045, 1, 10);
        DueDateStanding standing = DueDateStanding.on(farAhead.plusDays(3), farAhead,
                DueDateStanding.atRiskFrom(StatutoryTimescale.ASSESSMENT, farAhead, CALENDAR), CALENDAR);

        assertThat(standing).isEqualTo(new DueDateStanding(Standing.OVERDUE, null));
        assertThat(standing.inWords(farAhead.plusDays(3), farAhead)).isEqualTo("Overdue");
    }
}
