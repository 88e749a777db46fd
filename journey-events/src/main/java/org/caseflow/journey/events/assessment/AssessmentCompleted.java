package org.caseflow.journey.events.assessment;

import static org.caseflow.journey.events.assessment.AssessmentData.ASSESSMENT_OUTCOME;
import static org.caseflow.journey.events.assessment.AssessmentData.ASSESSMENT_START_DATE;
import static org.caseflow.journey.events.assessment.AssessmentData.ASSESSMENT_SUMMARY;
import static org.caseflow.journey.events.assessment.AssessmentData.LATE_REASON;
import static org.caseflow.journey.events.assessment.AssessmentData.PRIMARY_NEED;

import java.time.LocalDate;
import org.caseflow.journey.events.JourneyEvent;
import org.caseflow.journey.events.lookedafter.CategoryOfNeed;

/**
 * The child and family assessment was authorised (task {@code CompleteAssessment}).
 *
 * @param authorisedOn the business date it counts as complete on
 * @param dueOn        its due date (rule T3)
 * @param primaryNeed  the main reason the child is in need as the assessment found it; null when none was given
 */
public record AssessmentCompleted(String laChildId, String referralId, String contactId, LocalDate startedOn,
        LocalDate authorisedOn, AssessmentOutcome outcome, String summary, String lateReason, LocalDate dueOn, String completedBy,
        CategoryOfNeed primaryNeed) {

    public static final String TYPE = "AssessmentCompleted";

    public static AssessmentCompleted from(JourneyEvent event) {
        return new AssessmentCompleted(event.laChildId(), event.referralId(), event.contactId(),
                event.date(ASSESSMENT_START_DATE).orElse(null), event.occurredOn(),
                AssessmentOutcome.valueOf(event.require(ASSESSMENT_OUTCOME)), event.text(ASSESSMENT_SUMMARY).orElse(null),
                event.text(LATE_REASON).orElse(null), event.dueOn(), event.worker(),
                event.text(PRIMARY_NEED).map(CategoryOfNeed::valueOf).orElse(null));
    }

    /** Authorised on or before its due date (judged by the business date, whenever it was typed). */
    public boolean inTime() {
        return dueOn == null || !authorisedOn.isAfter(dueOn);
    }
}
