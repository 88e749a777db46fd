package org.caseflow.journey.events.lookedafter;

import static org.caseflow.journey.events.lookedafter.LookedAfterData.CLA_PERIOD_ID;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.PLACEMENT_CHANGE_REASON;

import java.time.LocalDate;
import org.caseflow.journey.events.JourneyEvent;

/**
 * A looked-after child moved to a new placement (task {@code RecordPlacementChange}), for a
 * reason; a visit is then due within 1 week (rule T12, {@code dueOn}).
 */
public record PlacementChanged(String claPeriodId, String laChildId, Placement placement, PlacementChangeReason reason,
        LocalDate visitDueOn) {

    public static final String TYPE = "PlacementChanged";

    public static PlacementChanged from(JourneyEvent event) {
        return new PlacementChanged(event.require(CLA_PERIOD_ID), event.laChildId(), Placement.from(event),
                PlacementChangeReason.valueOf(event.require(PLACEMENT_CHANGE_REASON)), event.dueOn());
    }
}
