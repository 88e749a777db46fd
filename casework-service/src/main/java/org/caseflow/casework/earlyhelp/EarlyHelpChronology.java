package org.caseflow.casework.earlyhelp;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.caseflow.casework.feed.JourneyEventApplied;
import org.caseflow.journey.events.JourneyEvent;
import org.caseflow.journey.events.earlyhelp.EarlyHelpData;
import org.caseflow.journey.events.escalation.Escalation;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which entries of the child's chronology are part of the Early Help record: Early Help's own
 * events (a step-down and a step-up among them, in Early Help's words) and the escalations of its
 * work (they name the episode). Nothing else: social care's contacts, assessments, enquiries and
 * plans stay out, even the contact a step-up becomes at the front door. Kept by event as each is
 * applied, in its transaction, so a replay keeps each once.
 */
@Repository
class EarlyHelpChronology {

    private final JdbcClient jdbc;

    EarlyHelpChronology(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void keepEarlyHelpEntries(JourneyEventApplied applied) {
        JourneyEvent event = applied.event();
        boolean earlyHelpsWork = EarlyHelpEvents.TYPES.contains(event.type())
                || (Escalation.of(event).isPresent() && event.text(EarlyHelpData.EH_EPISODE_ID).isPresent());
        if (earlyHelpsWork) {
            jdbc.sql("insert into early_help_chronology (event_id) values (:event) on conflict do nothing")
                    .param("event", event.eventId()).update();
        }
    }

    /** Oldest first; entries on the same day in the order the journey took them. */
    List<Entry> of(String laChildId) {
        return jdbc.sql("""
                        select c.occurred_on, c.recorded_at, c.kind, c.summary, c.recorded_by
                        from chronology_entry c join early_help_chronology e on e.event_id = c.event_id
                        where c.la_child_id = :child
                        order by c.occurred_on, c.position""")
                .param("child", laChildId)
                .query((row, n) -> new Entry(row.getObject("occurred_on", LocalDate.class), row.getTimestamp("recorded_at").toInstant(),
                        row.getString("kind"), row.getString("summary"), row.getString("recorded_by")))
                .list();
    }

    /** An entry of the child's chronology, as the chronology holds it. */
    record Entry(LocalDate occurredOn, Instant recordedAt, String kind, String summary, String recordedBy) {
    }
}
