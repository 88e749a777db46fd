package org.caseflow.kpi.supervision;

import org.caseflow.kpi.workforce.Workforce;
import org.caseflow.support.directory.Service;
import org.springframework.stereotype.Component;

/**
 * KPI {@code supervisions-assessment-safeguarding}: supervisions in timescale in the month ({@link SupervisionsInTimescaleMeasure}) of
 * the workers of the assessment and safeguarding service.
 */
@Component
class SupervisionsInAssessmentAndSafeguarding extends SupervisionsInTimescaleMeasure {

    SupervisionsInAssessmentAndSafeguarding(Supervisions supervisions, Workforce workforce) {
        super(supervisions, workforce, of(Service.ASSESSMENT_AND_SAFEGUARDING));
    }

    @Override
    public String measureId() {
        return "supervisions-assessment-safeguarding";
    }
}
