package org.caseflow.casework.contact.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.caseflow.journey.events.frontdoor.ContactChannel;
import org.caseflow.journey.events.frontdoor.ContactOutcome;
import org.caseflow.journey.events.frontdoor.ReferrerFollowUp;

/**
 * What the record says about a contact's follow-up, as the inspectors asked: the delays from a
 * police notification's incident to the contact and from the contact to the decision, in calendar
 * days; and a written contact closed with nobody telling the referrer (rule T1's clock stops at
 * "decision recorded, referrer told").
 */
public final class FrontDoorFollowUp {

    private FrontDoorFollowUp() {
    }

    /** Calendar days from one date to a later one; none when either is unknown. */
    public static Long daysBetween(LocalDate from, LocalDate to) {
        return from == null || to == null ? null : ChronoUnit.DAYS.between(from, to);
    }

    /**
     * A written contact (email, letter, online form) decided with no further action or with
     * information and advice, the referrer not recorded as told: either the decision said not, or it
     * was recorded before the front door asked.
     */
    public static boolean closedWithoutFollowUp(ContactChannel channel, ContactOutcome outcome, ReferrerFollowUp followUp) {
        boolean closed = outcome == ContactOutcome.NO_FURTHER_ACTION || outcome == ContactOutcome.INFORMATION_AND_ADVICE;
        return channel != null && channel.written() && closed && followUp != ReferrerFollowUp.TOLD;
    }
}
