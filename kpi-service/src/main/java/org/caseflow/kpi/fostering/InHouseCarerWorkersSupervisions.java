package org.caseflow.kpi.fostering;

import org.caseflow.journey.events.fostering.CarerType;
import org.caseflow.kpi.supervision.Supervisions;
import org.springframework.stereotype.Component;

/**
 * KPI {@code carer-workers-supervision-in-house}: supervisions in timescale of the supervising social workers of in-house
 * foster carers ({@link CarerWorkersSupervisionsMeasure}).
 */
@Component
class InHouseCarerWorkersSupervisions extends CarerWorkersSupervisionsMeasure {

    InHouseCarerWorkersSupervisions(FosterCarers carers, Supervisions supervisions) {
        super(carers, supervisions, CarerType.IN_HOUSE);
    }

    @Override
    public String measureId() {
        return "carer-workers-supervision-in-house";
    }
}
