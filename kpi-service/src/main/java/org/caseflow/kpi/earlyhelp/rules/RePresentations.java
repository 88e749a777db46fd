package org.caseflow.kpi.earlyhelp.rules;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * KPI {@code early-help-re-presentation-rate} (docs/statutory-rules.md section 5). Of the Early Help
 * episodes started in a period, an episode is a re-presentation when its child had another Early Help
 * episode that closed within the 12 calendar months before it started: on a day from the same day 12
 * months before the start, that day included (months as {@link LocalDate#minusMonths}: a start on
 * 29 February 2024 looks back to 28 February 2023), up to the start day itself (an episode closed one day
 * and a new one started that day is a re-presentation). Another episode still open, or closed after this
 * one started, has not closed before it. How the earlier episode closed (needs met, stepped up,
 * disengaged) and how the new one started (the front door, a step-down) play no part.
 */
public final class RePresentations {

    private static final int LOOK_BACK_MONTHS = 12;

    /** Of the episodes started in a period, the re-presentations. */
    public record Count(long rePresentations, long started) {
    }

    private RePresentations() {
    }

    /** The earliest closing date of another episode that makes one started on {@code startedOn} a re-presentation. */
    public static LocalDate lookBackFrom(LocalDate startedOn) {
        return startedOn.minusMonths(LOOK_BACK_MONTHS);
    }

    /** Whether {@code episode} is a re-presentation because of {@code earlier}, another episode of the same child. */
    public static boolean isRePresentation(EarlyHelpEpisode episode, EarlyHelpEpisode earlier) {
        LocalDate closed = earlier.closedOn();
        return !earlier.ehEpisodeId().equals(episode.ehEpisodeId()) && earlier.laChildId().equals(episode.laChildId())
                && closed != null && !closed.isAfter(episode.startedOn()) && !closed.isBefore(lookBackFrom(episode.startedOn()));
    }

    /**
     * Counts the episodes started from {@code from} to {@code to}, both included. Besides them,
     * {@code episodes} must hold every other episode of the same children that closed from
     * {@code lookBackFrom(from)}; those outside the period are only looked back to.
     */
    public static Count count(LocalDate from, LocalDate to, Collection<EarlyHelpEpisode> episodes) {
        Map<String, List<EarlyHelpEpisode>> byChild = episodes.stream().collect(Collectors.groupingBy(EarlyHelpEpisode::laChildId));
        long started = 0;
        long rePresentations = 0;
        for (EarlyHelpEpisode episode : episodes) {
            if (episode.startedOn().isBefore(from) || episode.startedOn().isAfter(to)) {
                continue;
            }
            started++;
            if (byChild.get(episode.laChildId()).stream().anyMatch(other -> isRePresentation(episode, other))) {
                rePresentations++;
            }
        }
        return new Count(rePresentations, started);
    }
}
