package org.caseflow.kpi.measures.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.caseflow.calendar.DateOutsideCalendarException;
import org.caseflow.calendar.StatutoryTimescale;
import org.caseflow.calendar.WorkingDayCalendar;
import org.caseflow.kpi.measures.rules.DeadlineTimeliness.Done;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Work done by the deadline of one timescale, through each timescale a measure judges so
 * (docs/statutory-rules.md sections 1, 2 and 5), over the England and Wales bank holidays shipped
 * with Caseflow.
 */
class DeadlineTimelinessTest {

    /** Rule T3 as KPI assessments-in-timescale judges it: the clock starts on the referral date. */
    @Nested
    class AssessmentsByRuleT3 {

        private final DeadlineTimeliness timeliness =
                new DeadlineTimeliness(StatutoryTimescale.ASSESSMENT, WorkingDayCalendar.englandAndWales());

        @ParameterizedTest(name = "{0}: a referral on {1} is due by {2}")
        @CsvSource({
                "over Christmas and New Year (the documented example),   2025-12-22, 2026-02-26",
                "over Easter and the early May bank holiday (documented), 2025-03-03, 2025-05-08",
                "a referral on a Friday: Monday is day 1,                2025-12-19, 2026-02-25",
                "a referral on a Saturday: as the Friday before,          2025-12-20, 2026-02-25",
                "a referral on a Sunday: as the Friday before,            2025-12-21, 2026-02-25",
                "a referral on a bank holiday: as the day before,         2026-01-01, 2026-03-05",
                "over a leap day and Easter 2024,                         2024-02-12, 2024-04-17",
                "the day before Good Friday,                              2026-01-29, 2026-04-02",
                "a day later runs over the whole Easter weekend,          2026-01-30, 2026-04-07",
                "a Friday deadline,                                       2026-01-02, 2026-03-06"})
        void theDeadlineIsTheRuleT3WorkingDayAfterTheReferral(String why, LocalDate referral, LocalDate deadline) {
            assertThat(timeliness.deadline(referral)).isEqualTo(deadline);
        }

        @ParameterizedTest(name = "{0}: referred {1}, authorised {2}: in timescale {3}")
        @CsvSource({
                "on the deadline day itself,                      2025-12-22, 2026-02-26, true",
                "the day after the deadline,                      2025-12-22, 2026-02-27, false",
                "on the day of the referral,                      2025-12-22, 2025-12-22, true",
                "'on Christmas Day, early',                       2025-12-19, 2025-12-25, true",
                "on the Saturday after a Friday deadline,         2026-01-02, 2026-03-07, false",
                "on Good Friday after a Thursday deadline,        2026-01-29, 2026-04-03, false",
                "on Good Friday before a Tuesday deadline,        2026-01-30, 2026-04-03, true",
                "on Easter Monday before the deadline,            2026-01-30, 2026-04-06, true",
                "on the Tuesday deadline after Easter,            2026-01-30, 2026-04-07, true",
                "the Wednesday after Easter,                      2026-01-30, 2026-04-08, false",
                "'over the leap day, on the deadline',            2024-02-12, 2024-04-17, true",
                "'over the leap day, a day late',                 2024-02-12, 2024-04-18, false",
                "across the financial year end,                   2025-02-21, 2025-04-29, true",
                "'across the financial year end, a day late',     2025-02-21, 2025-04-30, false"})
        void anAssessmentIsInTimescaleWhenAuthorisedOnOrBeforeTheDeadline(String why, LocalDate referral, LocalDate authorised,
                boolean inTimescale) {
            assertThat(timeliness.inTimescale(new Done(referral, authorised))).isEqualTo(inTimescale);
        }

        @Test
        void theCountIsOfAssessmentsInTimescaleOutOfThoseAuthorised() {
            List<Done> authorised = List.of(new Done(LocalDate.of(2025, 12, 22), LocalDate.of(2026, 2, 26)),
                    new Done(LocalDate.of(2025, 12, 10), LocalDate.of(2026, 2, 17)),
                    new Done(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 30)));

            assertThat(timeliness.count(authorised)).isEqualTo(new DeadlineTimeliness.Count(2, 3));
            assertThat(timeliness.count(List.of())).isEqualTo(new DeadlineTimeliness.Count(0, 0));
        }

        @Test
        void aReferralOutsideTheYearsTheBankHolidaysCoverIsNotGuessedAt() {
            assertThatThrownBy(() -> timeliness.deadline(LocalDate.of(2017, 6, 1))).isInstanceOf(DateOutsideCalendarException.class);
        }
    }

    /**
     * Rule T4 as KPI icpc-in-timescale judges it: the clock starts on the strategy discussion that
     * initiated the section 47 enquiry.
     */
    @Nested
    class InitialConferencesByRuleT4 {

        private final DeadlineTimeliness timeliness = new DeadlineTimeliness(
                StatutoryTimescale.INITIAL_CHILD_PROTECTION_CONFERENCE, WorkingDayCalendar.englandAndWales());

        @ParameterizedTest(name = "{0}: an enquiry started on {1} has its conference due by {2}")
        @CsvSource({
                "over Christmas and New Year (the documented example), 2025-12-18, 2026-01-13",
                "a Friday discussion: Monday is day 1,                 2025-12-19, 2026-01-14",
                "a Saturday discussion: as the Friday before,          2025-12-20, 2026-01-14",
                "over Good Friday and Easter Monday 2026,              2026-03-26, 2026-04-20",
                "over the leap day 2024,                               2024-02-12, 2024-03-04",
                "a Friday deadline,                                    2024-02-09, 2024-03-01",
                "over the early May and spring bank holidays,          2026-04-30, 2026-05-22"})
        void theDeadlineIsWorkingDayFifteenAfterTheInitiatingStrategyDiscussion(String why, LocalDate s47Start, LocalDate deadline) {
            assertThat(timeliness.deadline(s47Start)).isEqualTo(deadline);
        }

        @ParameterizedTest(name = "{0}: enquiry started {1}, conference held {2}: in timescale {3}")
        @CsvSource({
                "'working day 15, over Christmas',                    2025-12-18, 2026-01-13, true",
                "'working day 16, over Christmas',                    2025-12-18, 2026-01-14, false",
                "'working day 15, a Friday',                          2024-01-12, 2024-02-02, true",
                "'working day 16, the Monday after the weekend',      2024-01-12, 2024-02-05, false",
                "on the Saturday after a Friday deadline,            2024-02-09, 2024-03-02, false",
                "'working day 15, the Monday after Easter week',      2026-03-26, 2026-04-20, true",
                "'working day 16, the Tuesday',                       2026-03-26, 2026-04-21, false",
                "on Good Friday well before the deadline,            2026-03-26, 2026-04-03, true",
                "'on the leap day, before the deadline',              2024-02-12, 2024-02-29, true",
                "'over the leap day, a day late',                     2024-02-12, 2024-03-05, false",
                "on the day of the strategy discussion,              2025-12-18, 2025-12-18, true"})
        void aConferenceIsInTimescaleWhenHeldOnOrBeforeTheDeadline(String why, LocalDate s47Start, LocalDate heldOn,
                boolean inTimescale) {
            assertThat(timeliness.inTimescale(new Done(s47Start, heldOn))).isEqualTo(inTimescale);
        }

        @Test
        void theCountIsOfConferencesInTimescaleOutOfThoseHeld() {
            List<Done> held = List.of(new Done(LocalDate.of(2024, 2, 5), LocalDate.of(2024, 2, 26)),
                    new Done(LocalDate.of(2024, 1, 12), LocalDate.of(2024, 2, 5)),
                    new Done(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 14)));

            assertThat(timeliness.count(held)).isEqualTo(new DeadlineTimeliness.Count(2, 3));
            assertThat(timeliness.count(List.of())).isEqualTo(new DeadlineTimeliness.Count(0, 0));
        }

        @Test
        void anEnquiryOutsideTheYearsTheBankHolidaysCoverIsNotGuessedAt() {
            assertThatThrownBy(() -> timeliness.deadline(LocalDate.of(2017, 6, 1))).isInstanceOf(DateOutsideCalendarException.class);
        }
    }
}
