package org.caseflow.journey.events.lookedafter;

import static org.caseflow.journey.events.lookedafter.LookedAfterData.CLA_PERIOD_ID;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.REASON_CEASED;

import java.time.LocalDate;
import org.caseflow.journey.events.JourneyEvent;

/** A child stopped being looked after (task {@code RecordCareCeased}, SSDA903 DEC and REC): every clock of the period stops. */
public record CareCeased(String claPeriodId, String laChildId, LocalDate ceasedOn, ReasonCeased reason) {

    public static final String TYPE = "CareCeased";

    public static CareCeased from(JourneyEvent event) {
        return new CareCeased(event.require(CLA_PERIOD_ID), event.laChildId(), event.occurredOn(),
                ReasonCeased.valueOf(event.require(REASON_CEASED)));
    }
}
