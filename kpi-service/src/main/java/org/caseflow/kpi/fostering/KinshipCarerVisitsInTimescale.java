package org.caseflow.kpi.fostering;

import org.caseflow.journey.events.fostering.CarerType;
import org.springframework.stereotype.Component;

/** KPI {@code carer-supervision-kinship}: supervisory visits to kinship carers in timescale ({@link CarerVisitsInTimescaleMeasure}). */
@Component
class KinshipCarerVisitsInTimescale extends CarerVisitsInTimescaleMeasure {

    KinshipCarerVisitsInTimescale(FosterCarers carers) {
        super(carers, CarerType.KINSHIP);
    }

    @Override
    public String measureId() {
        return "carer-supervision-kinship";
    }
}
