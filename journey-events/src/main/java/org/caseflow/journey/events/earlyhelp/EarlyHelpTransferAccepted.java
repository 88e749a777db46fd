package org.caseflow.journey.events.earlyhelp;

import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.EH_EPISODE_ID;
import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.EH_LEAD_PRACTITIONER;

import java.time.LocalDate;
import org.caseflow.journey.events.JourneyEvent;

/** The Early Help team accepted a child stepped down from social care (task {@code AcceptTransfer}), due by local rule T26. */
public record EarlyHelpTransferAccepted(String ehEpisodeId, String laChildId, LocalDate acceptedOn, LocalDate dueOn,
        String leadPractitioner) {

    public static final String TYPE = "EarlyHelpTransferAccepted";

    public static EarlyHelpTransferAccepted from(JourneyEvent event) {
        return new EarlyHelpTransferAccepted(event.require(EH_EPISODE_ID), event.laChildId(), event.occurredOn(), event.dueOn(),
                event.require(EH_LEAD_PRACTITIONER));
    }
}
