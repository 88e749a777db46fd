package org.caseflow.journey.events.lookedafter;

import static org.caseflow.journey.events.lookedafter.LookedAfterData.PLACEMENT_EMERGENCY;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.PLACEMENT_POSTCODE_DISTRICT;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.PLACEMENT_PROVIDER;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.PLACEMENT_START_DATE;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.PLACEMENT_TYPE;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.PLACEMENT_UNTIL_EIGHTEEN;

import java.time.LocalDate;
import org.caseflow.journey.events.JourneyEvent;

/**
 * Where a looked-after child lives from a date: the placement an event carries (the first, on
 * {@link CareStarted}; each later one, on {@link PlacementChanged}).
 *
 * @param untilEighteen meant to last until the child is 18 (rule T14)
 * @param emergency     an emergency placement, whose plan is due within 5 working days (rule T20)
 */
public record Placement(LocalDate startedOn, PlacementType type, PlacementProvider provider, String postcodeDistrict,
        boolean untilEighteen, boolean emergency) {

    static Placement from(JourneyEvent event) {
        return new Placement(event.date(PLACEMENT_START_DATE).orElse(event.occurredOn()), PlacementType.valueOf(event.require(PLACEMENT_TYPE)),
                PlacementProvider.valueOf(event.require(PLACEMENT_PROVIDER)), event.text(PLACEMENT_POSTCODE_DISTRICT).orElse(null),
                event.flag(PLACEMENT_UNTIL_EIGHTEEN), event.flag(PLACEMENT_EMERGENCY));
    }
}
