package org.caseflow.kpi.supervision;

import org.caseflow.kpi.workforce.Workforce;
import org.caseflow.support.directory.Service;
import org.springframework.stereotype.Component;

/**
 * KPI {@code supervisions-new-futures}: supervisions in timescale in the month ({@link SupervisionsInTimescaleMeasure}) of
 * the workers of the New Futures service.
 */
@Component
class SupervisionsInNewFutures extends SupervisionsInTimescaleMeasure {

    SupervisionsInNewFutures(Supervisions supervisions, Workforce workforce) {
        super(supervisions, workforce, of(Service.NEW_FUTURES));
    }

    @Override
    public String measureId() {
        return "supervisions-new-futures";
    }
}
