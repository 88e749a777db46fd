package org.caseflow.journey.events.childprotection;

import static org.caseflow.journey.events.childprotection.ChildProtectionData.S47_DECISION;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.S47_ENDORSEMENT_DECISION;
import static org.caseflow.journey.events.oversight.OversightData.MANAGER_DIRECTION;

import java.time.LocalDate;
import org.caseflow.journey.events.JourneyEvent;

/**
 * A team manager decided on the outcome of a section 47 enquiry put to them (task
 * {@code EndorseSection47Outcome}): endorsed it, or sent the enquiry back for more work. Either way a
 * decision with management oversight: the manager, the date and their direction in their own words.
 *
 * @param outcomeDecision what was proposed to follow the enquiry
 */
public record Section47EndorsementDecided(String laChildId, String referralId, EndorsementDecision decision,
        Section47Decision outcomeDecision, LocalDate decidedOn, String direction, String manager) {

    public static final String TYPE = "Section47EndorsementDecided";

    public static Section47EndorsementDecided from(JourneyEvent event) {
        return new Section47EndorsementDecided(event.laChildId(), event.referralId(),
                EndorsementDecision.valueOf(event.require(S47_ENDORSEMENT_DECISION)),
                event.text(S47_DECISION).map(Section47Decision::valueOf).orElse(null), event.occurredOn(),
                event.text(MANAGER_DIRECTION).orElse(""), event.worker());
    }
}
