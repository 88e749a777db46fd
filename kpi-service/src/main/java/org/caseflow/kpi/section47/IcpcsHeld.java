package org.caseflow.kpi.section47;

import org.caseflow.kpi.measures.Measure;
import org.caseflow.kpi.measures.MeasureValue;
import org.caseflow.kpi.measures.ReportingPeriod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** KPI {@code icpcs-held}: initial child protection conferences held in the month, whatever they decided. */
@Component
class IcpcsHeld implements Measure {

    private final JdbcClient jdbc;

    IcpcsHeld(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String measureId() {
        return "icpcs-held";
    }

    @Override
    public MeasureValue valueFor(ReportingPeriod period) {
        long held = jdbc.sql("select count(*) from icpc_fact where held_on between :from and :to")
                .param("from", period.monthStart()).param("to", period.reportingDate()).query(Long.class).single();
        return MeasureValue.count(held, period.inMonth());
    }
}
