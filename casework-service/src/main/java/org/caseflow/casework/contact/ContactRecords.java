package org.caseflow.casework.contact;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Contacts to the front door and the decisions on them. */
@Repository
public class ContactRecords {

    private final JdbcClient jdbc;

    ContactRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void received(String contactId, String laChildId, LocalDateTime receivedAt, String source, String reason,
            LocalDate decisionDueOn) {
        jdbc.sql("""
                        insert into contact (contact_id, la_child_id, received_at, received_on, source, reason, decision_due_on)
                        values (:id, :child, :at, :on, :source, :reason, :due)
                        on conflict (contact_id) do nothing""")
                .param("id", contactId).param("child", laChildId).param("at", receivedAt)
                .param("on", receivedAt.toLocalDate()).param("source", source).param("reason", reason)
                .param("due", decisionDueOn)
                .update();
    }

    public void decided(String contactId, String outcome, LocalDate decidedOn, String decidedBy, String rationale) {
        jdbc.sql("""
                        update contact set outcome = :outcome, decided_on = :on, decided_by = :by, rationale = :rationale
                        where contact_id = :id""")
                .param("id", contactId).param("outcome", outcome).param("on", decidedOn).param("by", decidedBy)
                .param("rationale", rationale)
                .update();
    }
}
