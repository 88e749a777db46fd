package org.caseflow.journey.events.assessment;

import static org.caseflow.journey.events.assessment.AssessmentData.PRIMARY_NEED;
import static org.caseflow.journey.events.frontdoor.FrontDoorData.ASSESSMENT_TEAM;

import java.time.LocalDate;
import org.caseflow.journey.events.JourneyEvent;
import org.caseflow.journey.events.lookedafter.CategoryOfNeed;

/**
 * A referral opened a child in need episode (process {@code assessment} started).
 *
 * @param team            the assessment team the referral went to
 * @param assessmentDueOn the child and family assessment's due date (rule T3)
 * @param primaryNeed     the main reason the child is in need, as the front door judged it; null when it gave none
 */
public record ReferralReceived(String laChildId, String referralId, String contactId, LocalDate referralDate, String team,
        LocalDate assessmentDueOn, CategoryOfNeed primaryNeed) {

    public static final String TYPE = "ReferralReceived";

    public static ReferralReceived from(JourneyEvent event) {
        return new ReferralReceived(event.laChildId(), event.referralId(), event.contactId(), event.occurredOn(),
                event.text(ASSESSMENT_TEAM).orElse(event.team()), event.dueOn(),
                event.text(PRIMARY_NEED).map(CategoryOfNeed::valueOf).orElse(null));
    }
}
