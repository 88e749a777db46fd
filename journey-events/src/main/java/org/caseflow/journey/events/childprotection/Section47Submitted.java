package org.caseflow.journey.events.childprotection;

import static org.caseflow.journey.events.childprotection.ChildProtectionData.S47_DECISION;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.S47_OUTCOME;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.S47_START_DATE;

import java.time.LocalDate;
import org.caseflow.journey.events.JourneyEvent;

/**
 * A social worker completed a section 47 enquiry and put its outcome to the team's managers (task
 * {@code CompleteSection47Enquiry}); the outcome takes effect only once a manager endorses it
 * ({@link Section47EndorsementDecided}, then {@link Section47Completed}).
 *
 * @param startedOn        the day of the strategy discussion that initiated it
 * @param submittedOn      the day the enquiry was completed and put to the managers
 * @param proposedDecision what the social worker proposes follows the enquiry
 */
public record Section47Submitted(String laChildId, String referralId, LocalDate startedOn, LocalDate submittedOn,
        Section47Outcome outcome, Section47Decision proposedDecision, String submittedBy) {

    public static final String TYPE = "Section47Submitted";

    public static Section47Submitted from(JourneyEvent event) {
        return new Section47Submitted(event.laChildId(), event.referralId(), event.date(S47_START_DATE).orElse(null),
                event.occurredOn(), Section47Outcome.valueOf(event.require(S47_OUTCOME)),
                Section47Decision.valueOf(event.require(S47_DECISION)), event.worker());
    }
}
