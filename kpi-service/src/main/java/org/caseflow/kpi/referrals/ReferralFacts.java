package org.caseflow.kpi.referrals;

import java.util.Set;
import org.caseflow.journey.events.JourneyEvent;
import org.caseflow.journey.events.assessment.ReferralReceived;
import org.caseflow.kpi.facts.FactRecorder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Referrals (CIN census CINreferralDate), one fact per referral, keyed by the referral's id. */
@Component
class ReferralFacts implements FactRecorder {

    private final JdbcClient jdbc;

    ReferralFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(ReferralReceived.TYPE);
    }

    @Override
    public void record(JourneyEvent event) {
        ReferralReceived referral = ReferralReceived.from(event);
        jdbc.sql("""
                        insert into referral_fact (referral_id, la_child_id, referral_date) values (:id, :child, :on)
                        on conflict (referral_id) do nothing""")
                .param("id", referral.referralId()).param("child", referral.laChildId())
                .param("on", referral.referralDate())
                .update();
    }
}
