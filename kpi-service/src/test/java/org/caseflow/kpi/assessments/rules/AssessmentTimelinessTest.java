package org.caseflow.kpi.assessments.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.caseflow.calendar.DateOutsideCalendarException;
import org.caseflow.calendar.WorkingDayCalendar;
import org.caseflow.kpi.assessments.rules.AssessmentTimeliness.Authorised;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rule T3 as KPI assessments-in-timescale judges it (docs/statutory-rules.md sections 1, 2 and 5),
 * over the England and Wales bank holidays shipped with Caseflow.
 */
class AssessmentTimelinessTest {

    private final AssessmentTimeliness timeliness = new AssessmentTimeliness(WorkingDayCalendar.englandAndWales());

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
        assertThat(timeliness.inTimescale(new Authorised(referral, authorised))).isEqualTo(inTimescale);
    }

    @Test
    void theCountIsOfAssessmentsInTimescaleOutOfThoseAuthorised() {
        List<Authorised> authorised = List.of(new Authorised(LocalDate.of(2025, 12, 22), LocalDate.of(2026, 2, 26)),
                new Authorised(LocalDate.of(2025, 12, 10), LocalDate.of(2026, 2, 17)),
                new Authorised(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 30)));

        assertThat(timeliness.count(authorised)).isEqualTo(new AssessmentTimeliness.Count(2, 3));
        assertThat(timeliness.count(List.of())).isEqualTo(new AssessmentTimeliness.Count(0, 0));
    }

    @Test
    void aReferralOutsideTheYearsTheBankHolidaysCoverIsNotGuessedAt() {
        assertThatThrownBy(() -> timeliness.deadline(LocalDate.of(2017, 6, 1))).isInstanceOf(DateOutsideCalendarException.class);
    }
}
