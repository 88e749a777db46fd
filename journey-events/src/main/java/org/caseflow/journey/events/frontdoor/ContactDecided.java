package org.caseflow.journey.events.frontdoor;

import static org.caseflow.journey.events.frontdoor.FrontDoorData.ASSESSMENT_TEAM;
import static org.caseflow.journey.events.frontdoor.FrontDoorData.CONTACT_OUTCOME;
import static org.caseflow.journey.events.frontdoor.FrontDoorData.DECISION_RATIONALE;

import java.time.LocalDate;
import org.caseflow.journey.events.JourneyEvent;

/**
 * The front door decided what happens next (task {@code DecideOnContact}).
 *
 * @param decidedOn      the decision's business date; for a referral, the referral date
 * @param assessmentTeam the team a referral goes to; null for other outcomes
 * @param decidedBy      who decided
 */
public record ContactDecided(String contactId, ContactOutcome outcome, LocalDate decidedOn, String rationale,
        String assessmentTeam, LocalDate dueOn, String decidedBy) {

    public static final String TYPE = "ContactDecided";

    public static ContactDecided from(JourneyEvent event) {
        return new ContactDecided(event.contactId(), ContactOutcome.valueOf(event.require(CONTACT_OUTCOME)), event.occurredOn(),
                event.text(DECISION_RATIONALE).orElse(""), event.text(ASSESSMENT_TEAM).orElse(null), event.dueOn(), event.worker());
    }
}
