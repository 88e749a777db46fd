package org.caseflow.kpi.earlyhelp;

import org.caseflow.kpi.measures.Measure;
import org.caseflow.kpi.measures.MeasureValue;
import org.caseflow.kpi.measures.ReportingPeriod;
import org.springframework.stereotype.Component;

/** KPI {@code early-help-open}: the children with an Early Help episode open at the end of the reporting date, each once (snapshot). */
@Component
class ChildrenInEarlyHelp implements Measure {

    private final EarlyHelpEpisodes episodes;

    ChildrenInEarlyHelp(EarlyHelpEpisodes episodes) {
        this.episodes = episodes;
    }

    @Override
    public String measureId() {
        return "early-help-open";
    }

    @Override
    public MeasureValue valueFor(ReportingPeriod period) {
        return MeasureValue.count(episodes.childrenOpenOn(period.reportingDate()).size(), period.atReportingDate());
    }
}
