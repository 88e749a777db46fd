package org.caseflow.journey.events.earlyhelp;

import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.EH_CLOSURE;
import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.EH_EPISODE_ID;

import java.time.LocalDate;
import org.caseflow.journey.events.JourneyEvent;

/** An Early Help episode closed, and how. */
public record EarlyHelpEpisodeClosed(String ehEpisodeId, String laChildId, LocalDate closedOn, EarlyHelpClosure closure) {

    public static final String TYPE = "EarlyHelpEpisodeClosed";

    public static EarlyHelpEpisodeClosed from(JourneyEvent event) {
        return new EarlyHelpEpisodeClosed(event.require(EH_EPISODE_ID), event.laChildId(), event.occurredOn(),
                EarlyHelpClosure.valueOf(event.require(EH_CLOSURE)));
    }
}
