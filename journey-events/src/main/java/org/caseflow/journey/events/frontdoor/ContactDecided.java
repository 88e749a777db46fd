package org.caseflow.journey.events.frontdoor;

import static org.caseflow.journey.events.frontdoor.FrontDoorData.ASSESSMENT_TEAM;
import static org.caseflow.journey.events.frontdoor.FrontDoorData.CONTACT_OUTCOME;
import static org.caseflow.journey.events.frontdoor.FrontDoorData.DECISION_RATIONALE;
import static org.caseflow.journey.events.frontdoor.FrontDoorData.REFERRER_FOLLOW_UP;
import static org.caseflow.journey.events.frontdoor.FrontDoorData.REFERRER_NOT_TOLD_REASON;
import static org.caseflow.journey.events.frontdoor.FrontDoorData.REFERRER_TOLD_HOW;
import static org.caseflow.journey.events.frontdoor.FrontDoorData.REFERRER_TOLD_ON;

import java.time.LocalDate;
import org.caseflow.journey.events.JourneyEvent;

/**
 * The front door decided what happens next (task {@code DecideOnContact}).
 *
 * @param decidedOn      the decision's business date; for a referral, the referral date
 * @param assessmentTeam the team a referral goes to; null for other outcomes
 * @param decidedBy      who decided
 * @param referrerFollowUp whether the referrer was told; null for a decision recorded before this was asked
 */
public record ContactDecided(String contactId, ContactOutcome outcome, LocalDate decidedOn, String rationale,
        String assessmentTeam, LocalDate dueOn, String decidedBy, ReferrerFollowUp referrerFollowUp, String referrerToldHow,
        LocalDate referrerToldOn, String referrerNotToldReason) {

    public static final String TYPE = "ContactDecided";

    public static ContactDecided from(JourneyEvent event) {
        return new ContactDecided(event.contactId(), ContactOutcome.valueOf(event.require(CONTACT_OUTCOME)), event.occurredOn(),
                event.text(DECISION_RATIONALE).orElse(""), event.text(ASSESSMENT_TEAM).orElse(null), event.dueOn(), event.worker(),
                event.text(REFERRER_FOLLOW_UP).map(ReferrerFollowUp::valueOf).orElse(null), event.text(REFERRER_TOLD_HOW).orElse(null),
                event.date(REFERRER_TOLD_ON).orElse(null), event.text(REFERRER_NOT_TOLD_REASON).orElse(null));
    }
}
