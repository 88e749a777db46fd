package org.caseflow.kpi.fostering;

import org.caseflow.journey.events.fostering.CarerType;
import org.caseflow.kpi.supervision.Supervisions;
import org.springframework.stereotype.Component;

/**
 * KPI {@code carer-workers-supervision-kinship}: supervisions in timescale of the supervising social workers of kinship
 * (connected person) carers ({@link CarerWorkersSupervisionsMeasure}).
 */
@Component
class KinshipCarerWorkersSupervisions extends CarerWorkersSupervisionsMeasure {

    KinshipCarerWorkersSupervisions(FosterCarers carers, Supervisions supervisions) {
        super(carers, supervisions, CarerType.KINSHIP);
    }

    @Override
    public String measureId() {
        return "carer-workers-supervision-kinship";
    }
}
