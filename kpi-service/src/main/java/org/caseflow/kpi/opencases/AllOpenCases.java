package org.caseflow.kpi.opencases;

import java.time.LocalDate;
import java.util.SortedSet;
import java.util.TreeSet;
import org.caseflow.kpi.childinneed.SocialCareEpisodes;
import org.caseflow.kpi.earlyhelp.EarlyHelpEpisodes;
import org.caseflow.kpi.measures.CountsChildren;
import org.caseflow.kpi.measures.MeasureValue;
import org.caseflow.kpi.measures.ReportingPeriod;
import org.springframework.stereotype.Component;

/**
 * KPI {@code all-open-cases}: the children open to Early Help or to children's social care at the end of the
 * reporting date (snapshot), each child once however many of them they are open to: the children in Early
 * Help ({@code early-help-open}) and the children in need ({@code cin-count}: an open referral, a child in
 * need plan or a child protection plan).
 */
@Component
class AllOpenCases implements CountsChildren {

    private final SocialCareEpisodes socialCare;
    private final EarlyHelpEpisodes earlyHelp;

    AllOpenCases(SocialCareEpisodes socialCare, EarlyHelpEpisodes earlyHelp) {
        this.socialCare = socialCare;
        this.earlyHelp = earlyHelp;
    }

    @Override
    public String measureId() {
        return "all-open-cases";
    }

    @Override
    public MeasureValue valueFor(ReportingPeriod period) {
        return MeasureValue.count(childrenCounted(period).size(), period.atReportingDate());
    }

    @Override
    public SortedSet<String> childrenCounted(ReportingPeriod period) {
        LocalDate on = period.reportingDate();
        SortedSet<String> children = new TreeSet<>(socialCare.childrenInNeedOn(on));
        children.addAll(earlyHelp.childrenOpenOn(on));
        return children;
    }
}
