package org.caseflow.journey.events.childprotection;

import static org.caseflow.journey.events.childprotection.ChildProtectionData.CP_PLAN_ID;

import java.time.LocalDate;
import org.caseflow.journey.events.JourneyEvent;

/** A core group meeting was held (task {@code HoldCoreGroup}); due by rule T5 for the first, T6 after. */
public record CoreGroupHeld(String cpPlanId, String laChildId, LocalDate heldOn, LocalDate dueOn) {

    public static final String TYPE = "CoreGroupHeld";

    public static CoreGroupHeld from(JourneyEvent event) {
        return new CoreGroupHeld(event.require(CP_PLAN_ID), event.laChildId(), event.occurredOn(), event.dueOn());
    }

    public boolean inTime() {
        return dueOn == null || !heldOn.isAfter(dueOn);
    }
}
