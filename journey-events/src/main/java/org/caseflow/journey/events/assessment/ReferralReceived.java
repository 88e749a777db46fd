package org.caseflow.journey.events.assessment;

import static org.caseflow.journey.events.frontdoor.FrontDoorData.ASSESSMENT_TEAM;

import java.time.LocalDate;
import org.caseflow.journey.events.JourneyEvent;

/**
 * A referral opened a child in need episode (process {@code assessment} started).
 *
 * @param team            the assessment team the referral went to
 * @param assessmentDueOn the child and family assessment's due date (rule T3)
 */
public record ReferralReceived(String laChildId, String referralId, String contactId, LocalDate referralDate, String team,
        LocalDate assessmentDueOn) {

    public static final String TYPE = "ReferralReceived";

    public static ReferralReceived from(JourneyEvent event) {
        return new ReferralReceived(event.laChildId(), event.referralId(), event.contactId(), event.occurredOn(),
                event.text(ASSESSMENT_TEAM).orElse(event.team()), event.dueOn());
    }
}
