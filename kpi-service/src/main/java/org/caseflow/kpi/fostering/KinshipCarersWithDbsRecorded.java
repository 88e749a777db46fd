package org.caseflow.kpi.fostering;

import org.caseflow.journey.events.fostering.CarerType;
import org.springframework.stereotype.Component;

/** KPI {@code fostering-dbs-kinship}: kinship (connected person) carers with DBS recorded ({@link CarersWithDbsRecordedMeasure}). */
@Component
class KinshipCarersWithDbsRecorded extends CarersWithDbsRecordedMeasure {

    KinshipCarersWithDbsRecorded(FosterCarers carers) {
        super(carers, CarerType.KINSHIP);
    }

    @Override
    public String measureId() {
        return "fostering-dbs-kinship";
    }
}
