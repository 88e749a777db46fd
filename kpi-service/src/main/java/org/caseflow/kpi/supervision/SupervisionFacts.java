package org.caseflow.kpi.supervision;

import java.util.Set;
import java.util.UUID;
import org.caseflow.journey.events.JourneyEvent;
import org.caseflow.journey.events.workforce.SupervisionDue;
import org.caseflow.journey.events.workforce.SupervisionHeld;
import org.caseflow.kpi.facts.FactRecorder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Each supervision that fell due (every time a worker's supervision journey started its clock) and each session
 * held, keyed by event, so a replay of the feed changes nothing. A session needs no due of this service's to be
 * recorded against: the supervision journey publishes its first due as it starts, but a session is a fact of its
 * own, and the rule pairs them by worker and date.
 */
@Component
class SupervisionFacts implements FactRecorder {

    private final JdbcClient jdbc;

    SupervisionFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(SupervisionDue.TYPE, SupervisionHeld.TYPE);
    }

    @Override
    public void record(JourneyEvent event) {
        switch (event.type()) {
            case SupervisionDue.TYPE -> due(event.eventId(), SupervisionDue.from(event));
            case SupervisionHeld.TYPE -> held(event.eventId(), SupervisionHeld.from(event));
            default -> throw new IllegalArgumentException("Not a supervision event: " + event.type());
        }
    }

    private void due(UUID eventId, SupervisionDue due) {
        // set aside rather than record a due that could never be judged
        if (due.dueOn() == null || due.countedFrom() == null) {
            throw new IllegalArgumentException("A " + SupervisionDue.TYPE + " event must give the date counted from and the due date;"
                    + " event " + eventId + " for " + due.worker() + " does not");
        }
        jdbc.sql("""
                        insert into supervision_due_fact (event_id, worker, counted_from, due_on, timescale)
                        values (:id, :worker, :from, :due, :timescale)
                        on conflict (event_id) do nothing""")
                .param("id", eventId).param("worker", due.worker()).param("from", due.countedFrom()).param("due", due.dueOn())
                .param("timescale", due.timescale())
                .update();
    }

    private void held(UUID eventId, SupervisionHeld session) {
        jdbc.sql("""
                        insert into supervision_fact (event_id, worker, supervisor, held_on, due_on)
                        values (:id, :worker, :supervisor, :held, :due)
                        on conflict (event_id) do nothing""")
                .param("id", eventId).param("worker", session.worker()).param("supervisor", session.supervisor())
                .param("held", session.heldOn()).param("due", session.dueOn())
                .update();
    }
}
