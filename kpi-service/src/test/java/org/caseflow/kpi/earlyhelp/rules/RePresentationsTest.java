package org.caseflow.kpi.earlyhelp.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.caseflow.kpi.earlyhelp.rules.RePresentations.Count;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** KPI early-help-re-presentation-rate, docs/statutory-rules.md section 5. */
class RePresentationsTest {

    @ParameterizedTest(name = "{0}: started {1}, an earlier episode closed {2}: a re-presentation {3}")
    @CsvSource({
            "exactly 12 months before,                                  2025-03-15, 2024-03-15, true",
            "12 months and a day before,                                2025-03-15, 2024-03-14, false",
            "the day before,                                            2025-03-15, 2025-03-14, true",
            "the same day: closed and started again,                    2025-03-15, 2025-03-15, true",
            "the day after it started: not closed before it,            2025-03-15, 2025-03-16, false",
            "a start on 29 February looks back to 28 February,          2024-02-29, 2023-02-28, true",
            "a start on 29 February: 27 February is too long ago,       2024-02-29, 2023-02-27, false",
            "a start on 28 February 2025 looks back to 28 February 2024, 2025-02-28, 2024-02-28, true",
            "a start on 1 March 2025: 29 February 2024 is too long ago,  2025-03-01, 2024-02-29, false",
            "a start on 1 March 2025 looks back to 1 March 2024,          2025-03-01, 2024-03-01, true",
            "across the financial year end,                             2025-04-01, 2024-04-01, true",
            "a start on the last day of a month,                        2025-12-31, 2024-12-31, true"})
    void anEpisodeIsARePresentationWhenAnotherClosedWithinTheTwelveMonthsBeforeItStarted(String why, LocalDate started,
            LocalDate otherClosed, boolean rePresentation) {
        EarlyHelpEpisode earlier = new EarlyHelpEpisode("EH-1", "C1", otherClosed.minusMonths(3), otherClosed);
        EarlyHelpEpisode episode = new EarlyHelpEpisode("EH-2", "C1", started, null);

        assertThat(RePresentations.isRePresentation(episode, earlier)).isEqualTo(rePresentation);
    }

    @Test
    void anEpisodeStillOpenOrAnotherChildsOrItselfIsNoEarlierClosure() {
        LocalDate started = LocalDate.of(2025, 3, 15);
        EarlyHelpEpisode episode = new EarlyHelpEpisode("EH-2", "C1", started, LocalDate.of(2025, 3, 15));

        assertThat(RePresentations.isRePresentation(episode, new EarlyHelpEpisode("EH-1", "C1", LocalDate.of(2025, 1, 6), null)))
                .as("still open").isFalse();
        assertThat(RePresentations.isRePresentation(episode, new EarlyHelpEpisode("EH-3", "C2", LocalDate.of(2025, 1, 6),
                LocalDate.of(2025, 2, 3)))).as("another child's").isFalse();
        assertThat(RePresentations.isRePresentation(episode, episode)).as("itself, closed the day it started").isFalse();
    }

    @Test
    void theEpisodesStartedInThePeriodAreCountedAndTheOthersOnlyLookedBackTo() {
        LocalDate from = LocalDate.of(2025, 1, 1);
        LocalDate to = LocalDate.of(2025, 12, 31);
        List<EarlyHelpEpisode> episodes = List.of(
                // C1: closed in March 2024, back on 1 January 2025: a re-presentation on the first day of the period
                new EarlyHelpEpisode("EH-1", "C1", LocalDate.of(2023, 11, 6), LocalDate.of(2024, 3, 4)),
                new EarlyHelpEpisode("EH-2", "C1", from, LocalDate.of(2025, 6, 2)),
                // and again on the last day: a re-presentation of the one that closed in June
                new EarlyHelpEpisode("EH-3", "C1", to, null),
                // C2: a first episode, in the period
                new EarlyHelpEpisode("EH-4", "C2", LocalDate.of(2025, 5, 12), LocalDate.of(2025, 8, 4)),
                // C3: a first episode in the period, and another the day after it, within 12 months: not one of its
                new EarlyHelpEpisode("EH-5", "C3", LocalDate.of(2025, 2, 3), LocalDate.of(2025, 3, 3)),
                new EarlyHelpEpisode("EH-6", "C3", to.plusDays(1), null));

        assertThat(RePresentations.count(from, to, episodes)).isEqualTo(new Count(2, 4));
        assertThat(RePresentations.count(from, to, List.of())).isEqualTo(new Count(0, 0));
    }

    @Test
    void theLookBackStartsTwelveCalendarMonthsBefore() {
        assertThat(RePresentations.lookBackFrom(LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2023, 2, 28));
        assertThat(RePresentations.lookBackFrom(LocalDate.of(2025, 1, 1))).isEqualTo(LocalDate.of(2024, 1, 1));
    }

    @ParameterizedTest(name = "{0}: an episode from {1} to {2} is open at the end of {3}: {4}")
    @CsvSource(nullValues = "-", value = {
            "started that day,                 2024-02-29, -,          2024-02-29, true",
            "closed that day: a closed one,    2024-01-08, 2024-02-29, 2024-02-29, false",
            "closes the day after,             2024-01-08, 2024-03-01, 2024-02-29, true",
            "starts the day after,             2025-04-01, -,          2025-03-31, false"})
    void anEpisodeIsOpenFromItsStartUntilTheDayItCloses(String why, LocalDate started, LocalDate closed, LocalDate on, boolean open) {
        assertThat(new EarlyHelpEpisode("EH-1", "C1", started, closed).isOpenOn(on)).isEqualTo(open);
    }
}
