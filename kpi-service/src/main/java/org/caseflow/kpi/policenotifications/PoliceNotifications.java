package org.caseflow.kpi.policenotifications;

import java.time.LocalDate;
import java.util.List;
import org.caseflow.kpi.policenotifications.rules.NotificationDelays.Notification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Contacts from the police that give the incident's date, as the contacts' facts hold them. */
@Repository
class PoliceNotifications {

    private final JdbcClient jdbc;

    PoliceNotifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Those decided from {@code from} to {@code to}, both included. */
    List<Notification> decidedBetween(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select incident_date, decided_on from contact_fact
                        where source = 'POLICE' and incident_date is not null and decided_on between :from and :to""")
                .param("from", from).param("to", to)
                .query((row, n) -> new Notification(row.getObject("incident_date", LocalDate.class),
                        row.getObject("decided_on", LocalDate.class)))
                .list();
    }
}
