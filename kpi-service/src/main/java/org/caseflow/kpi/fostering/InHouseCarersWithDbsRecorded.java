package org.caseflow.kpi.fostering;

import org.caseflow.journey.events.fostering.CarerType;
import org.springframework.stereotype.Component;

/** KPI {@code fostering-dbs-in-house}: in-house foster carers with DBS recorded ({@link CarersWithDbsRecordedMeasure}). */
@Component
class InHouseCarersWithDbsRecorded extends CarersWithDbsRecordedMeasure {

    InHouseCarersWithDbsRecorded(FosterCarers carers) {
        super(carers, CarerType.IN_HOUSE);
    }

    @Override
    public String measureId() {
        return "fostering-dbs-in-house";
    }
}
