package org.caseflow.journey.events.assessment;

import static org.caseflow.journey.events.assessment.AssessmentData.AUTHORISATION_DECISION;
import static org.caseflow.journey.events.oversight.OversightData.MANAGER_DIRECTION;

import java.time.LocalDate;
import org.caseflow.journey.events.JourneyEvent;

/**
 * A team manager decided on an assessment put to them (task {@code AuthoriseAssessment}): authorised
 * it, or sent it back for more work. Either way a decision with management oversight: the
 * manager, the date and their direction in their own words.
 */
public record AssessmentAuthorisationDecided(String laChildId, String referralId, AuthorisationDecision decision, LocalDate decidedOn,
        String direction, String manager) {

    public static final String TYPE = "AssessmentAuthorisationDecided";

    public static AssessmentAuthorisationDecided from(JourneyEvent event) {
        return new AssessmentAuthorisationDecided(event.laChildId(), event.referralId(),
                AuthorisationDecision.valueOf(event.require(AUTHORISATION_DECISION)), event.occurredOn(),
                event.text(MANAGER_DIRECTION).orElse(""), event.worker());
    }
}
