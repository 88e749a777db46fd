package org.caseflow.kpi.fostering;

import org.caseflow.journey.events.fostering.CarerType;
import org.springframework.stereotype.Component;

/**
 * KPI {@code carer-supervision-in-house}: supervisory visits to in-house foster carers in timescale
 * ({@link CarerVisitsInTimescaleMeasure}).
 */
@Component
class InHouseCarerVisitsInTimescale extends CarerVisitsInTimescaleMeasure {

    InHouseCarerVisitsInTimescale(FosterCarers carers) {
        super(carers, CarerType.IN_HOUSE);
    }

    @Override
    public String measureId() {
        return "carer-supervision-in-house";
    }
}
