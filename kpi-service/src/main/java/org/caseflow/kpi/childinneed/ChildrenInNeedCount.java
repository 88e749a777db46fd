package org.caseflow.kpi.childinneed;

import org.caseflow.kpi.childinneed.rules.ChildrenInNeed;
import org.caseflow.kpi.measures.Measure;
import org.caseflow.kpi.measures.MeasureValue;
import org.caseflow.kpi.measures.ReportingPeriod;
import org.springframework.stereotype.Component;

/**
 * KPI {@code cin-count}: the children in need at the end of the reporting date, as the CIN census counts
 * them ({@link ChildrenInNeed}): an open referral, a child in need plan or a child protection plan, each
 * child once (snapshot).
 */
@Component
class ChildrenInNeedCount implements Measure {

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
        return MeasureValue.count(episodes.childrenInNeedOn(period.reportingDate()).size(), period.atReportingDate());
    }
}
