package org.caseflow.kpi.referrerfollowup;

import org.caseflow.kpi.measures.Measure;
import org.caseflow.kpi.measures.MeasureValue;
import org.caseflow.kpi.measures.ReportingPeriod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * KPI {@code written-contacts-closed-without-follow-up}: contacts that arrived in writing (email, letter, online
 * form) decided in the month with no further action or information and advice, whose referrer is not recorded
 * as told (rule T1's clock stops at "decision recorded, referrer told"). The front-door managers' list of them
 * is the case record's.
 */
@Component
class WrittenContactsClosedWithoutFollowUp implements Measure {

    private final JdbcClient jdbc;

    WrittenContactsClosedWithoutFollowUp(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String measureId() {
        return "written-contacts-closed-without-follow-up";
    }

    @Override
    public MeasureValue valueFor(ReportingPeriod period) {
        long count = jdbc.sql("""
                        select count(*) from contact_fact
                        where channel in ('EMAIL', 'LETTER', 'ONLINE_FORM') and outcome in ('NO_FURTHER_ACTION', 'INFORMATION_AND_ADVICE')
                          and referrer_follow_up is distinct from 'TOLD' and decided_on between :from and :to""")
                .param("from", period.monthStart()).param("to", period.reportingDate())
                .query(Long.class).single();
        return MeasureValue.count(count, period.inMonth());
    }
}
