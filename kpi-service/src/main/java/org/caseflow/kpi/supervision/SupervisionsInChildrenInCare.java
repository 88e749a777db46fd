package org.caseflow.kpi.supervision;

import org.caseflow.kpi.workforce.Workforce;
import org.caseflow.support.directory.Service;
import org.springframework.stereotype.Component;

/**
 * KPI {@code supervisions-children-in-care}: supervisions in timescale in the month ({@link SupervisionsInTimescaleMeasure}) of
 * the workers of the children in care service.
 */
@Component
class SupervisionsInChildrenInCare extends SupervisionsInTimescaleMeasure {

    SupervisionsInChildrenInCare(Supervisions supervisions, Workforce workforce) {
        super(supervisions, workforce, of(Service.CHILDREN_IN_CARE));
    }

    @Override
    public String measureId() {
        return "supervisions-children-in-care";
    }
}
