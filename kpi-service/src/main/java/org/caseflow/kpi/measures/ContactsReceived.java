package org.caseflow.kpi.measures;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Contacts received in the month; each contact counts, not each child. */
@Component
class ContactsReceived implements MeasureRule {

    private final JdbcClient jdbc;

    ContactsReceived(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String measureId() {
        return "contacts";
    }

    @Override
    public MeasureValue valueFor(ReportingPeriod period) {
        long contacts = jdbc.sql("select count(*) from contact_fact where received_on between :from and :to")
                .param("from", period.monthStart()).param("to", period.reportingDate()).query(Long.class).single();
        return MeasureValue.count(contacts, period.inMonth());
    }
}
