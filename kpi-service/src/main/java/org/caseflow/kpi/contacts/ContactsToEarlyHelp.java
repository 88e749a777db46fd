package org.caseflow.kpi.contacts;

import java.util.List;
import org.caseflow.kpi.contacts.rules.EarlyHelpShare;
import org.caseflow.kpi.measures.Measure;
import org.caseflow.kpi.measures.MeasureValue;
import org.caseflow.kpi.measures.ReportingPeriod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * KPI {@code contacts-to-early-help}, by the rule {@link EarlyHelpShare}. The database only counts
 * the month's contacts by outcome, so the rows read stay few however many contacts there were.
 */
@Component
class ContactsToEarlyHelp implements Measure {

    private final JdbcClient jdbc;

    ContactsToEarlyHelp(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String measureId() {
        return "contacts-to-early-help";
    }

    @Override
    public MeasureValue valueFor(ReportingPeriod period) {
        List<EarlyHelpShare.OutcomeCount> byOutcome = jdbc.sql("""
                        select outcome, count(*) as contacts from contact_fact
                        where received_on between :from and :to group by outcome""")
                .param("from", period.monthStart()).param("to", period.reportingDate())
                .query(EarlyHelpShare.OutcomeCount.class).list();
        EarlyHelpShare.Share share = EarlyHelpShare.of(byOutcome);
        return MeasureValue.percentage(share.earlyHelp(), share.decided(), period.inMonth());
    }
}
