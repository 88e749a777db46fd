package org.caseflow.kpi.section47.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.caseflow.calendar.DateOutsideCalendarException;
import org.caseflow.calendar.WorkingDayCalendar;
import org.caseflow.kpi.section47.rules.IcpcTimeliness.Held;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rule T4 as KPI icpc-in-timescale judges it (docs/statutory-rules.md sections 1, 2 and 5), over the
 * England and Wales bank holidays shipped with Caseflow.
 */
class IcpcTimelinessTest {

    private final IcpcTimeliness timeliness = new IcpcTimeliness(WorkingDayCalendar.englandAndWales());

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
    void aConferenceIsInTimescaleWhenHeldOnOrBeforeTheDeadline(String why, LocalDate s47Start, LocalDate heldOn, boolean inTimescale) {
        assertThat(timeliness.inTimescale(new Held(s47Start, heldOn))).isEqualTo(inTimescale);
    }

    @Test
    void theCountIsOfConferencesInTimescaleOutOfThoseHeld() {
        List<Held> held = List.of(new Held(LocalDate.of(2024, 2, 5), LocalDate.of(2024, 2, 26)),
                new Held(LocalDate.of(2024, 1, 12), LocalDate.of(2024, 2, 5)),
                new Held(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 14)));

        assertThat(timeliness.count(held)).isEqualTo(new IcpcTimeliness.Count(2, 3));
        assertThat(timeliness.count(List.of())).isEqualTo(new IcpcTimeliness.Count(0, 0));
    }

    @Test
    void anEnquiryOutsideTheYearsTheBankHolidaysCoverIsNotGuessedAt() {
        assertThatThrownBy(() -> timeliness.deadline(LocalDate.of(2017, 6, 1))).isInstanceOf(DateOutsideCalendarException.class);
    }
}
