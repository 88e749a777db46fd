package org.caseflow.workflow.lookedafter.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.caseflow.calendar.StatutoryTimescale;
import org.caseflow.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Regulation 28's visiting intervals for a looked-after child, across a placement's first anniversary (rules T13, T14). */
class VisitIntervalsTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();

    @ParameterizedTest(name = "placed {0}, until 18: {1}, last visit {2}: next due {3}")
    @CsvSource({
            "2025-01-06, true, 2025-12-29, 2026-02-09",  // a week before the anniversary: still the first year's 6 weeks
            "2025-01-06, true, 2026-01-05, 2026-02-16",  // the day before it
            "2025-01-06, true, 2026-01-06, 2026-04-06",  // on the anniversary: 3 months
            "2025-01-06, false, 2026-01-06, 2026-02-17", // not meant to last until 18: 6 weeks for ever
            "2024-02-29, true, 2025-02-28, 2025-05-28",  // placed on 29 February: its first anniversary is 28 February
            "2024-02-29, true, 2025-02-27, 2025-04-10"
    })
    void theNextVisitIsDueByTheIntervalOfThePeriodTheLastVisitFellIn(LocalDate placed, boolean untilEighteen, LocalDate lastVisit,
            LocalDate nextDue) {
        StatutoryTimescale interval = VisitIntervals.after(lastVisit, placed, untilEighteen);

        assertThat(interval.deadline(calendar, lastVisit)).isEqualTo(nextDue);
    }

    @Test
    void theIntervalsAreTheRegulationsSixWeeksAndThreeMonths() {
        assertThat(StatutoryTimescale.CLA_VISIT_FIRST_YEAR.limitInWords()).isEqualTo("6 weeks");
        assertThat(StatutoryTimescale.CLA_VISIT_AFTER_FIRST_YEAR.limitInWords()).isEqualTo("3 months");
        assertThat(StatutoryTimescale.CLA_VISIT_AFTER_PLACEMENT.limitInWords()).isEqualTo("1 week");
    }
}
