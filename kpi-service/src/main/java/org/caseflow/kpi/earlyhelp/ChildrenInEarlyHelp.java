package org.caseflow.kpi.earlyhelp;

import java.util.SortedSet;
import java.util.TreeSet;
import org.caseflow.kpi.measures.CountsChildren;
import org.caseflow.kpi.measures.MeasureValue;
import org.caseflow.kpi.measures.ReportingPeriod;
import org.springframework.stereotype.Component;

/** KPI {@code early-help-open}: the children with an Early Help episode open at the end of the reporting date, each once (snapshot). */
@Component
class ChildrenInEarlyHelp implements CountsChildren {

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
        return MeasureValue.count(childrenCounted(period).size(), period.atReportingDate());
    }

    @Override
    public SortedSet<String> childrenCounted(ReportingPeriod period) {
        return new TreeSet<>(episodes.childrenOpenOn(period.reportingDate()));
    }
}
