package org.caseflow.kpi.contacts;

import java.time.LocalDate;
import java.util.List;
import org.caseflow.kpi.contacts.rules.DecisionShare;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the contact facts that more than one measure needs. The database only counts contacts by
 * outcome, so the rows read stay few however many contacts there were.
 */
@Repository
class Contacts {

    private final JdbcClient jdbc;

    Contacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The contacts received from {@code from} to {@code to}, both included, by outcome (none while undecided). */
    List<DecisionShare.OutcomeCount> receivedBetweenByOutcome(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select outcome, count(*) as contacts from contact_fact
                        where received_on between :from and :to group by outcome""")
                .param("from", from).param("to", to).query(DecisionShare.OutcomeCount.class).list();
    }

    /** The contacts decided from {@code from} to {@code to}, both included, by outcome. */
    List<DecisionShare.OutcomeCount> decidedBetweenByOutcome(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select outcome, count(*) as contacts from contact_fact
                        where decided_on between :from and :to group by outcome""")
                .param("from", from).param("to", to).query(DecisionShare.OutcomeCount.class).list();
    }
}
