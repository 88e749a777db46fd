package org.caseflow.kpi.measures;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Contacts received in the month whose outcome was Early Help, over contacts received in the month that have an outcome. */
@Component
class ContactsToEarlyHelp implements MeasureRule {

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
        record Counts(long earlyHelp, long decided) {
        }
        Counts counts = jdbc.sql("""
                        select count(*) filter (where outcome = 'EARLY_HELP') as early_help, count(outcome) as decided
                        from contact_fact where received_on between :from and :to""")
                .param("from", period.monthStart()).param("to", period.reportingDate())
                .query(Counts.class).single();
        return MeasureValue.percentage(counts.earlyHelp(), counts.decided(), period.inMonth());
    }
}
