package org.caseflow.kpi.contacts;

import java.util.Set;
import org.caseflow.journey.events.JourneyEvent;
import org.caseflow.journey.events.frontdoor.ContactDecided;
import org.caseflow.journey.events.frontdoor.ContactReceived;
import org.caseflow.kpi.facts.FactRecorder;
import org.caseflow.kpi.oversight.OversightFacts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Contacts to the front door and what was decided for each, keyed by the contact's id. A decision
 * whose outcome this service has no meaning for is refused by its reader, so the event is set
 * aside rather than counted as something it is not.
 */
@Component
class ContactFacts implements FactRecorder {

    private final JdbcClient jdbc;
    private final OversightFacts oversight;

    ContactFacts(JdbcClient jdbc, OversightFacts oversight) {
        this.jdbc = jdbc;
        this.oversight = oversight;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(ContactReceived.TYPE, ContactDecided.TYPE);
    }

    @Override
    public void record(JourneyEvent event) {
        switch (event.type()) {
            case ContactReceived.TYPE -> received(ContactReceived.from(event));
            case ContactDecided.TYPE -> {
                decided(ContactDecided.from(event));
                // the decision on a contact is a manager's, with their rationale: management oversight
                oversight.keep(event);
            }
            default -> throw new IllegalArgumentException("Not a contact event: " + event.type());
        }
    }

    private void received(ContactReceived contact) {
        jdbc.sql("""
                        insert into contact_fact (contact_id, la_child_id, received_on, source, channel, incident_date)
                        values (:id, :child, :on, :source, :channel, :incident)
                        on conflict (contact_id) do nothing""")
                .param("id", contact.contactId()).param("child", contact.laChildId())
                .param("on", contact.receivedAt().toLocalDate()).param("source", contact.source().name())
                .param("channel", contact.channel() == null ? null : contact.channel().name())
                .param("incident", contact.incidentDate())
                .update();
    }

    private void decided(ContactDecided decision) {
        jdbc.sql("update contact_fact set outcome = :outcome, decided_on = :on, referrer_follow_up = :followUp where contact_id = :id")
                .param("id", decision.contactId()).param("outcome", decision.outcome().name())
                .param("on", decision.decidedOn())
                .param("followUp", decision.referrerFollowUp() == null ? null : decision.referrerFollowUp().name())
                .update();
    }
}
