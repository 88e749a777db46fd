package org.caseflow.kpi.section47;

import org.caseflow.kpi.measures.Measure;
import org.caseflow.kpi.measures.MeasureValue;
import org.caseflow.kpi.measures.ReportingPeriod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * KPI {@code s47-enquiries}: section 47 enquiries started in the month, each dated by the strategy
 * discussion that initiated it (CIN census S47ActualStartDate); an enquiry still open counts too.
 */
@Component
class Section47EnquiriesStarted implements Measure {

    private final JdbcClient jdbc;

    Section47EnquiriesStarted(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String measureId() {
        return "s47-enquiries";
    }

    @Override
    public MeasureValue valueFor(ReportingPeriod period) {
        long started = jdbc.sql("select count(*) from section47_fact where started_on between :from and :to")
                .param("from", period.monthStart()).param("to", period.reportingDate()).query(Long.class).single();
        return MeasureValue.count(started, period.inMonth());
    }
}
