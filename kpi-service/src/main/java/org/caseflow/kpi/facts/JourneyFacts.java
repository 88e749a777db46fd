package org.caseflow.kpi.facts;

import org.caseflow.journey.events.JourneyData;
import org.caseflow.journey.events.JourneyEvent;
import org.caseflow.journey.events.JourneyEventType;
import org.caseflow.support.feed.JourneyEventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the facts the measures are computed from: contacts and their outcomes, referrals, and
 * authorised assessments. Keyed by their ids, so a replayed event changes nothing.
 */
@Component
class JourneyFacts implements JourneyEventHandler {

    private final JdbcClient jdbc;

    JourneyFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void apply(JourneyEvent event) {
        switch (event.type()) {
            case JourneyEventType.CONTACT_RECEIVED -> jdbc.sql("""
                            insert into contact_fact (contact_id, la_child_id, received_on) values (:id, :child, :on)
                            on conflict (contact_id) do nothing""")
                    .param("id", event.contactId()).param("child", event.laChildId()).param("on", event.occurredOn())
                    .update();
            case JourneyEventType.CONTACT_DECIDED -> jdbc.sql("""
                            update contact_fact set outcome = :outcome, decided_on = :on where contact_id = :id""")
                    .param("id", event.contactId()).param("outcome", event.text(JourneyData.CONTACT_OUTCOME).orElseThrow())
                    .param("on", event.occurredOn())
                    .update();
            case JourneyEventType.REFERRAL_RECEIVED -> jdbc.sql("""
                            insert into referral_fact (referral_id, la_child_id, referral_date) values (:id, :child, :on)
                            on conflict (referral_id) do nothing""")
                    .param("id", event.referralId()).param("child", event.laChildId()).param("on", event.occurredOn())
                    .update();
            case JourneyEventType.ASSESSMENT_COMPLETED -> jdbc.sql("""
                            insert into assessment_fact (referral_id, la_child_id, started_on, authorised_on, outcome)
                            values (:id, :child, :started, :authorised, :outcome)
                            on conflict (referral_id) do nothing""")
                    .param("id", event.referralId()).param("child", event.laChildId())
                    .param("started", event.date(JourneyData.ASSESSMENT_START_DATE).orElse(null))
                    .param("authorised", event.occurredOn())
                    .param("outcome", event.text(JourneyData.ASSESSMENT_OUTCOME).orElse(null))
                    .update();
            default -> {
                // not a fact any measure uses yet
            }
        }
    }
}
