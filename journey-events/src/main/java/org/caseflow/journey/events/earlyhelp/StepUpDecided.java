package org.caseflow.journey.events.earlyhelp;

import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.EH_EPISODE_ID;
import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.STEP_UP_ACCEPTED;
import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.STEP_UP_CONTACT_ID;

import java.time.LocalDate;
import org.caseflow.journey.events.JourneyEvent;

/**
 * The front door decided on Early Help's request to step up (its contact, source Early Help):
 * accepted when the contact became a referral, and the Early Help episode then closes as stepped
 * up; otherwise the episode goes on.
 */
public record StepUpDecided(String ehEpisodeId, String laChildId, String stepUpContactId, LocalDate decidedOn, boolean accepted) {

    public static final String TYPE = "StepUpDecided";

    public static StepUpDecided from(JourneyEvent event) {
        return new StepUpDecided(event.require(EH_EPISODE_ID), event.laChildId(), event.require(STEP_UP_CONTACT_ID),
                event.occurredOn(), event.flag(STEP_UP_ACCEPTED));
    }
}
