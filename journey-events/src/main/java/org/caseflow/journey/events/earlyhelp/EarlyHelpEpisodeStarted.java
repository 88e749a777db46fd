package org.caseflow.journey.events.earlyhelp;

import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.EH_EPISODE_ID;
import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.EH_ORIGIN;
import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.EH_REQUEST_REASON;
import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.EH_REQUESTED_BY;
import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.EH_STEPPED_DOWN_FROM;

import java.time.LocalDate;
import org.caseflow.journey.events.JourneyEvent;

/**
 * An Early Help episode started (process {@code early-help} started), on the day it was asked for.
 * A step-down from social care names what it came from (a referral or a plan); its transfer is then due to be
 * accepted (local rule T26, {@code dueOn}); any other start has its Early Help assessment due
 * (local rule T24, {@code dueOn}).
 */
public record EarlyHelpEpisodeStarted(String ehEpisodeId, String laChildId, String contactId, String steppedDownFrom,
        LocalDate startedOn, LocalDate dueOn, EarlyHelpOrigin origin, String requestedBy, String requestReason, String team) {

    public static final String TYPE = "EarlyHelpEpisodeStarted";

    public static EarlyHelpEpisodeStarted from(JourneyEvent event) {
        return new EarlyHelpEpisodeStarted(event.require(EH_EPISODE_ID), event.laChildId(), event.contactId(),
                event.text(EH_STEPPED_DOWN_FROM).orElse(null),
                event.occurredOn(), event.dueOn(), EarlyHelpOrigin.valueOf(event.require(EH_ORIGIN)),
                event.text(EH_REQUESTED_BY).orElse(null), event.text(EH_REQUEST_REASON).orElse(null), event.team());
    }

    public boolean isStepDown() {
        return origin.isStepDown();
    }
}
