package org.caseflow.journey.events.lookedafter;

import static org.caseflow.journey.events.lookedafter.LookedAfterData.CLA_PERIOD_ID;

import java.time.LocalDate;
import org.caseflow.journey.events.JourneyEvent;

/** The plan for an emergency placement was agreed (task {@code AgreePlacementPlan}), due within 5 working days (rule T20). */
public record PlacementPlanAgreed(String claPeriodId, String laChildId, LocalDate agreedOn, LocalDate dueOn) {

    public static final String TYPE = "PlacementPlanAgreed";

    public static PlacementPlanAgreed from(JourneyEvent event) {
        return new PlacementPlanAgreed(event.require(CLA_PERIOD_ID), event.laChildId(), event.occurredOn(), event.dueOn());
    }

    public boolean inTime() {
        return dueOn == null || !agreedOn.isAfter(dueOn);
    }
}
