package org.caseflow.journey.events.earlyhelp;

import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.EH_EPISODE_ID;

import java.time.LocalDate;
import org.caseflow.journey.events.JourneyEvent;

/**
 * The next team-around-the-family review fell due: published when its clock starts, from the
 * assessment or the last review actually held.
 *
 * @param countedFrom the date the clock counts from
 */
public record EarlyHelpReviewDue(String ehEpisodeId, String laChildId, LocalDate countedFrom, LocalDate dueOn) {

    public static final String TYPE = "EarlyHelpReviewDue";

    public static EarlyHelpReviewDue from(JourneyEvent event) {
        return new EarlyHelpReviewDue(event.require(EH_EPISODE_ID), event.laChildId(), event.occurredOn(), event.dueOn());
    }
}
