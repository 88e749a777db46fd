package org.caseflow.workflow.frontdoor.rules;

import java.time.LocalDate;
import org.caseflow.journey.events.frontdoor.FrontDoorData;
import org.caseflow.workflow.rules.BusinessDateRules;
import org.caseflow.workflow.rules.RuleViolation;

/**
 * What the emergency duty team records out of hours: its action, on or after the contact arrived,
 * said in words; and its hand-over to the front door, on or after the action. Neither in the future.
 */
public final class OutOfHoursRules {

    private OutOfHoursRules() {
    }

    public static void checkAction(LocalDate actionOn, LocalDate receivedOn, String detail, LocalDate today) {
        BusinessDateRules.requireHappened(FrontDoorData.EMERGENCY_ACTION_DATE, actionOn, today);
        BusinessDateRules.requireNotBefore(FrontDoorData.EMERGENCY_ACTION_DATE, actionOn, "the date the contact was received", receivedOn);
        if (detail == null || detail.isBlank()) {
            throw new RuleViolation(FrontDoorData.EMERGENCY_ACTION_DETAIL, "Please record what happened and where the child is now.");
        }
    }

    public static void checkHandOver(LocalDate handedOverOn, LocalDate actionOn, String note, LocalDate today) {
        BusinessDateRules.requireHappened(FrontDoorData.HANDOVER_DATE, handedOverOn, today);
        BusinessDateRules.requireNotBefore(FrontDoorData.HANDOVER_DATE, handedOverOn, "the emergency action", actionOn);
        if (note == null || note.isBlank()) {
            throw new RuleViolation(FrontDoorData.HANDOVER_NOTE, "Please record what the front door needs to know.");
        }
    }
}
