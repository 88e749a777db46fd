package org.caseflow.journey.events.frontdoor;

import static org.caseflow.journey.events.frontdoor.FrontDoorData.HANDOVER_NOTE;

import java.time.LocalDate;
import org.caseflow.journey.events.JourneyEvent;

/**
 * The emergency duty team handed an out-of-hours contact over to the front door (task
 * {@code HandOverToFrontDoor}), due the next working day after receipt.
 *
 * @param dueOn the front door's decision due date, counted from receipt (rule T1)
 */
public record HandedOverToFrontDoor(String laChildId, String contactId, LocalDate handedOverOn, String note, LocalDate dueOn,
        String handedOverBy) {

    public static final String TYPE = "HandedOverToFrontDoor";

    public static HandedOverToFrontDoor from(JourneyEvent event) {
        return new HandedOverToFrontDoor(event.laChildId(), event.contactId(), event.occurredOn(), event.text(HANDOVER_NOTE).orElse(""),
                event.dueOn(), event.worker());
    }
}
