package org.caseflow.kpi.oversight;

import java.util.List;
import java.util.Set;
import org.caseflow.journey.events.JourneyEvent;
import org.caseflow.journey.events.assessment.AssessmentAuthorisationDecided;
import org.caseflow.journey.events.childprotection.Section47EndorsementDecided;
import org.caseflow.journey.events.oversight.Oversight;
import org.caseflow.kpi.facts.FactRecorder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Each decision with management oversight, keyed by its event. Oversight is recognised by an
 * event's data ({@link Oversight#of}), whatever its type. The manager's decisions no other feature
 * records (an assessment's authorisation or sending back, a section 47 outcome's endorsement or sending
 * back) are claimed here; a feature that records
 * an event of its own that may carry oversight (a contact's decision) hands it on ({@link #keep}).
 */
@Component
public class OversightFacts implements FactRecorder {

    private final JdbcClient jdbc;

    OversightFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(AssessmentAuthorisationDecided.TYPE, Section47EndorsementDecided.TYPE);
    }

    @Override
    public void record(JourneyEvent event) {
        // read as its type says first, so that a malformed decision is set aside rather than counted
        if (Section47EndorsementDecided.TYPE.equals(event.type())) {
            Section47EndorsementDecided.from(event);
        } else {
            AssessmentAuthorisationDecided.from(event);
        }
        keep(event);
    }

    /** The oversight an event records, if it records one; keyed by the event, so a replay changes nothing. */
    public void keep(JourneyEvent event) {
        Oversight.of(event).ifPresent(oversight -> jdbc.sql("""
                        insert into oversight_fact (event_id, la_child_id, point, team, manager, decided_on, recorded)
                        values (:event, :child, :point, :team, :manager, :on, :recorded)
                        on conflict (event_id) do nothing""")
                .param("event", event.eventId()).param("child", event.laChildId()).param("point", oversight.point().name())
                .param("team", oversight.team()).param("manager", oversight.manager()).param("on", oversight.decidedOn())
                .param("recorded", oversight.recorded())
                .update());
    }

    /** The teams of the decisions with recorded oversight from {@code from} to {@code to}, one entry per decision. */
    List<String> teamsOfRecordedBetween(java.time.LocalDate from, java.time.LocalDate to) {
        return jdbc.sql("select coalesce(team, 'no team') from oversight_fact where recorded and decided_on between :from and :to")
                .param("from", from).param("to", to).query(String.class).list();
    }

    /** Every team that has had a decision with oversight, so that each month's breakdown has the same shape. */
    List<String> teams() {
        return jdbc.sql("select distinct coalesce(team, 'no team') as team from oversight_fact order by team").query(String.class).list();
    }
}
