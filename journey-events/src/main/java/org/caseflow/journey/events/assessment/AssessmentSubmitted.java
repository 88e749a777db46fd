package org.caseflow.journey.events.assessment;

import static org.caseflow.journey.events.assessment.AssessmentData.ASSESSMENT_OUTCOME;

import java.time.LocalDate;
import org.caseflow.journey.events.JourneyEvent;

/**
 * The social worker put the child and family assessment to the team manager for authorisation
 * (task {@code CompleteAssessment}); it counts as complete only once authorised
 * ({@link AssessmentCompleted}).
 *
 * @param proposedOutcome the outcome the social worker recommends
 */
public record AssessmentSubmitted(String laChildId, String referralId, LocalDate submittedOn, AssessmentOutcome proposedOutcome,
        String submittedBy) {

    public static final String TYPE = "AssessmentSubmitted";

    public static AssessmentSubmitted from(JourneyEvent event) {
        return new AssessmentSubmitted(event.laChildId(), event.referralId(), event.occurredOn(),
                AssessmentOutcome.valueOf(event.require(ASSESSMENT_OUTCOME)), event.worker());
    }
}
