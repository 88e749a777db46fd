package org.caseflow.kpi.earlyhelp;

import org.caseflow.kpi.measures.Measure;
import org.caseflow.kpi.measures.MeasureValue;
import org.caseflow.kpi.measures.ReportingPeriod;
import org.springframework.stereotype.Component;

/**
 * KPI {@code step-ups-to-social-care}: step-ups from Early Help the front door accepted in the month, on the
 * day it decided (its contact became a referral); each step-up counts. One the front door turned down is not
 * a step-up: the Early Help episode goes on.
 */
@Component
class StepUpsToSocialCare implements Measure {

    private final EarlyHelpEpisodes episodes;

    StepUpsToSocialCare(EarlyHelpEpisodes episodes) {
        this.episodes = episodes;
    }

    @Override
    public String measureId() {
        return "step-ups-to-social-care";
    }

    @Override
    public MeasureValue valueFor(ReportingPeriod period) {
        return MeasureValue.count(episodes.stepUpsAcceptedBetween(period.monthStart(), period.reportingDate()), period.inMonth());
    }
}
