package org.caseflow.kpi.childinneed;

import org.caseflow.kpi.measures.Measure;
import org.caseflow.kpi.measures.MeasureValue;
import org.caseflow.kpi.measures.RatePer10kChildren;
import org.caseflow.kpi.measures.ReportingPeriod;
import org.springframework.stereotype.Component;

/**
 * KPI {@code cin-rate}: the children in need at the end of the reporting date ({@code cin-count}) per
 * 10,000 of the 0-17 population of its financial year ({@link RatePer10kChildren}). Without a population
 * estimate the rate is empty and the count still shown.
 */
@Component
class ChildrenInNeedRate implements Measure {

    private final SocialCareEpisodes episodes;
    private final RatePer10kChildren ratePer10kChildren;

    ChildrenInNeedRate(SocialCareEpisodes episodes, RatePer10kChildren ratePer10kChildren) {
        this.episodes = episodes;
        this.ratePer10kChildren = ratePer10kChildren;
    }

    @Override
    public String measureId() {
        return "cin-rate";
    }

    @Override
    public MeasureValue valueFor(ReportingPeriod period) {
        long children = episodes.childrenInNeedOn(period.reportingDate()).size();
        return ratePer10kChildren.ofChildrenAtReportingDate(children, period);
    }
}
