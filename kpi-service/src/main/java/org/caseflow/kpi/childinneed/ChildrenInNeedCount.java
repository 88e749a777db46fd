package org.caseflow.kpi.childinneed;

import java.util.SortedSet;
import java.util.TreeSet;
import org.caseflow.kpi.childinneed.rules.ChildrenInNeed;
import org.caseflow.kpi.measures.CountsChildren;
import org.caseflow.kpi.measures.MeasureValue;
import org.caseflow.kpi.measures.ReportingPeriod;
import org.springframework.stereotype.Component;

/**
 * KPI {@code cin-count}: the children in need at the end of the reporting date, as the CIN census counts
 * them ({@link ChildrenInNeed}): an open referral, a child in need plan or a child protection plan, each
 * child once (snapshot).
 */
@Component
class ChildrenInNeedCount implements CountsChildren {

    private final SocialCareEpisodes episodes;

    ChildrenInNeedCount(SocialCareEpisodes episodes) {
        this.episodes = episodes;
    }

    @Override
    public String measureId() {
        return "cin-count";
    }

    @Override
    public MeasureValue valueFor(ReportingPeriod period) {
        return MeasureValue.count(childrenCounted(period).size(), period.atReportingDate());
    }

    @Override
    public SortedSet<String> childrenCounted(ReportingPeriod period) {
        return new TreeSet<>(episodes.childrenInNeedOn(period.reportingDate()));
    }
}
