package org.caseflow.casework.contact;

import java.time.LocalDate;
import java.util.Optional;
import org.caseflow.journey.events.frontdoor.ContactChannel;
import org.caseflow.journey.events.frontdoor.ContactDecided;
import org.caseflow.journey.events.frontdoor.ContactReceived;
import org.caseflow.journey.events.frontdoor.EmergencyActionTaken;
import org.caseflow.journey.events.frontdoor.HandedOverToFrontDoor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Contacts to the front door and the decisions on them. */
@Repository
class ContactRecords {

    private final JdbcClient jdbc;

    ContactRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param outOfHours recorded by the emergency duty team */
    void received(ContactReceived contact, boolean outOfHours) {
        jdbc.sql("""
                        insert into contact (contact_id, la_child_id, received_at, received_on, source, reason, decision_due_on,
                                             incident_date, channel, out_of_hours)
                        values (:id, :child, :at, :on, :source, :reason, :due, :incident, :channel, :outOfHours)
                        on conflict (contact_id) do nothing""")
                .param("id", contact.contactId()).param("child", contact.laChildId()).param("at", contact.receivedAt())
                .param("on", contact.receivedAt().toLocalDate()).param("source", contact.source().name())
                .param("reason", contact.reason()).param("due", contact.decisionDueOn())
                .param("incident", contact.incidentDate())
                .param("channel", contact.channel() == null ? null : contact.channel().name())
                .param("outOfHours", outOfHours)
                .update();
    }

    /** When a contact arrived, how, and a police notification's incident date. */
    record Arrival(LocalDate receivedOn, ContactChannel channel, LocalDate incidentDate) {
    }

    Optional<Arrival> arrival(String contactId) {
        return jdbc.sql("select received_on, channel, incident_date from contact where contact_id = :id").param("id", contactId)
                .query((row, n) -> new Arrival(row.getObject("received_on", LocalDate.class), ContactChannel.ofRecorded(row.getString("channel")),
                        row.getObject("incident_date", LocalDate.class)))
                .optional();
    }

    void emergencyAction(EmergencyActionTaken action) {
        jdbc.sql("""
                        update contact set emergency_action = :action, emergency_action_on = :on, emergency_action_detail = :detail,
                                           emergency_action_by = :by
                        where contact_id = :id""")
                .param("id", action.contactId()).param("action", action.action().name()).param("on", action.takenOn())
                .param("detail", action.detail()).param("by", action.recordedBy())
                .update();
    }

    void handedOver(HandedOverToFrontDoor handOver) {
        jdbc.sql("update contact set handed_over_on = :on, handover_note = :note, handed_over_by = :by where contact_id = :id")
                .param("id", handOver.contactId()).param("on", handOver.handedOverOn()).param("note", handOver.note())
                .param("by", handOver.handedOverBy())
                .update();
    }

    void decided(ContactDecided decision) {
        jdbc.sql("""
                        update contact set outcome = :outcome, decided_on = :on, decided_by = :by, rationale = :rationale,
                                           referrer_follow_up = :followUp, referrer_told_how = :how, referrer_told_on = :toldOn,
                                           referrer_not_told_reason = :whyNot
                        where contact_id = :id""")
                .param("id", decision.contactId()).param("outcome", decision.outcome().name())
                .param("on", decision.decidedOn()).param("by", decision.decidedBy()).param("rationale", decision.rationale())
                .param("followUp", decision.referrerFollowUp() == null ? null : decision.referrerFollowUp().name())
                .param("how", decision.referrerToldHow()).param("toldOn", decision.referrerToldOn())
                .param("whyNot", decision.referrerNotToldReason())
                .update();
    }
}
