package org.caseflow.casework.contact;

import org.caseflow.journey.events.frontdoor.ContactDecided;
import org.caseflow.journey.events.frontdoor.ContactReceived;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Contacts to the front door and the decisions on them. */
@Repository
class ContactRecords {

    private final JdbcClient jdbc;

    ContactRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void received(ContactReceived contact) {
        jdbc.sql("""
                        insert into contact (contact_id, la_child_id, received_at, received_on, source, reason, decision_due_on)
                        values (:id, :child, :at, :on, :source, :reason, :due)
                        on conflict (contact_id) do nothing""")
                .param("id", contact.contactId()).param("child", contact.laChildId()).param("at", contact.receivedAt())
                .param("on", contact.receivedAt().toLocalDate()).param("source", contact.source().name())
                .param("reason", contact.reason()).param("due", contact.decisionDueOn())
                .update();
    }

    void decided(ContactDecided decision) {
        jdbc.sql("""
                        update contact set outcome = :outcome, decided_on = :on, decided_by = :by, rationale = :rationale
                        where contact_id = :id""")
                .param("id", decision.contactId()).param("outcome", decision.outcome().name())
                .param("on", decision.decidedOn()).param("by", decision.decidedBy()).param("rationale", decision.rationale())
                .update();
    }
}
