package org.caseflow.casework.contact;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.caseflow.casework.contact.rules.FrontDoorFollowUp;
import org.caseflow.journey.events.frontdoor.ContactChannel;
import org.caseflow.journey.events.frontdoor.ContactOutcome;
import org.caseflow.journey.events.frontdoor.ReferrerFollowUp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Contacts as the record reads them: a child's, and the front door's written ones closed without follow-up. */
@Repository
public class ChildContacts {

    private static final String COLUMNS = """
            contact_id, la_child_id, received_at, source, channel, reason, incident_date, decision_due_on, outcome, decided_on,
            decided_by, rationale, referrer_follow_up, referrer_told_how, referrer_told_on, referrer_not_told_reason, out_of_hours,
            emergency_action, emergency_action_on, emergency_action_detail, handed_over_on, handover_note""";

    private final JdbcClient jdbc;

    ChildContacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The child's contacts, newest first. */
    public List<FrontDoorContact> of(String laChildId) {
        return jdbc.sql("select " + COLUMNS + " from contact where la_child_id = :child order by received_at desc")
                .param("child", laChildId).query(ChildContacts::contact).list();
    }

    /**
     * Written contacts decided from {@code from} to {@code to} and closed with the referrer not
     * recorded as told, oldest first: the front-door managers' list to follow up.
     */
    List<FrontDoorContact> closedWithoutFollowUp(LocalDate from, LocalDate to) {
        List<String> written = java.util.Arrays.stream(ContactChannel.values()).filter(ContactChannel::written).map(Enum::name).toList();
        return jdbc.sql("select " + COLUMNS + """
                         from contact
                        where channel in (:written) and outcome in ('NO_FURTHER_ACTION', 'INFORMATION_AND_ADVICE')
                          and referrer_follow_up is distinct from 'TOLD' and decided_on between :from and :to
                        order by decided_on, contact_id""")
                .param("written", written).param("from", from).param("to", to)
                .query(ChildContacts::contact).list();
    }

    private static FrontDoorContact contact(ResultSet row, int n) throws SQLException {
        LocalDateTime receivedAt = row.getObject("received_at", LocalDateTime.class);
        LocalDate incident = row.getObject("incident_date", LocalDate.class);
        LocalDate decided = row.getObject("decided_on", LocalDate.class);
        String channel = row.getString("channel");
        String outcome = row.getString("outcome");
        String followUp = row.getString("referrer_follow_up");
        boolean untold = outcome != null && FrontDoorFollowUp.closedWithoutFollowUp(ContactChannel.ofRecorded(channel),
                ContactOutcome.valueOf(outcome), followUp == null ? null : ReferrerFollowUp.valueOf(followUp));
        return new FrontDoorContact(row.getString("contact_id"), row.getString("la_child_id"), receivedAt, row.getString("source"),
                channel, row.getString("reason"), incident, FrontDoorFollowUp.daysBetween(incident, receivedAt.toLocalDate()),
                row.getObject("decision_due_on", LocalDate.class), outcome, decided, row.getString("decided_by"),
                row.getString("rationale"), FrontDoorFollowUp.daysBetween(receivedAt.toLocalDate(), decided),
                FrontDoorFollowUp.daysBetween(incident, decided), followUp, row.getString("referrer_told_how"),
                row.getObject("referrer_told_on", LocalDate.class), row.getString("referrer_not_told_reason"), untold,
                row.getBoolean("out_of_hours"), row.getString("emergency_action"), row.getObject("emergency_action_on", LocalDate.class),
                row.getString("emergency_action_detail"), row.getObject("handed_over_on", LocalDate.class),
                row.getString("handover_note"));
    }
}
