package org.caseflow.kpi.contacts;

import org.caseflow.kpi.measures.Measure;
import org.caseflow.kpi.measures.MeasureValue;
import org.caseflow.kpi.measures.ReportingPeriod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** KPI {@code contacts}: contacts received in the month; each contact counts, not each child. */
@Component
class ContactsReceived implements Measure {

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
