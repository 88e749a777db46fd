package org.caseflow.kpi.supervision;

import org.caseflow.kpi.workforce.Workforce;
import org.caseflow.support.directory.Service;
import org.springframework.stereotype.Component;

/**
 * KPI {@code supervisions-childrens-disability}: supervisions in timescale in the month ({@link SupervisionsInTimescaleMeasure}) of
 * the workers of the children's disability service.
 */
@Component
class SupervisionsInChildrensDisability extends SupervisionsInTimescaleMeasure {

    SupervisionsInChildrensDisability(Supervisions supervisions, Workforce workforce) {
        super(supervisions, workforce, of(Service.CHILDRENS_DISABILITY));
    }

    @Override
    public String measureId() {
        return "supervisions-childrens-disability";
    }
}
