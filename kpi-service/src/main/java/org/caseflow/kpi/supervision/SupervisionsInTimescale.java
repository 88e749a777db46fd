package org.caseflow.kpi.supervision;

import org.caseflow.kpi.workforce.Workforce;
import org.springframework.stereotype.Component;

/**
 * KPI {@code supervisions-in-timescale}: supervisions in timescale in the month ({@link SupervisionsInTimescaleMeasure}) of
 * every worker, whatever their service.
 */
@Component
class SupervisionsInTimescale extends SupervisionsInTimescaleMeasure {

    SupervisionsInTimescale(Supervisions supervisions, Workforce workforce) {
        super(supervisions, workforce, service -> true);
    }

    @Override
    public String measureId() {
        return "supervisions-in-timescale";
    }
}
