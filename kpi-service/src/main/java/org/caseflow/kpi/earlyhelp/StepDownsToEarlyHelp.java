package org.caseflow.kpi.earlyhelp;

import org.caseflow.kpi.measures.Measure;
import org.caseflow.kpi.measures.MeasureValue;
import org.caseflow.kpi.measures.ReportingPeriod;
import org.springframework.stereotype.Component;

/**
 * KPI {@code step-downs-to-early-help}: Early Help episodes started in the month by a step-down from social
 * care (an assessment, a section 47 enquiry, a child in need or child protection plan), on the day social
 * care stepped the child down; each episode counts.
 */
@Component
class StepDownsToEarlyHelp implements Measure {

    private final EarlyHelpEpisodes episodes;

    StepDownsToEarlyHelp(EarlyHelpEpisodes episodes) {
        this.episodes = episodes;
    }

    @Override
    public String measureId() {
        return "step-downs-to-early-help";
    }

    @Override
    public MeasureValue valueFor(ReportingPeriod period) {
        return MeasureValue.count(episodes.stepDownsStartedBetween(period.monthStart(), period.reportingDate()), period.inMonth());
    }
}
