package org.caseflow.workflow.journey;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.UUID;
import java.util.regex.Pattern;
import org.caseflow.journey.events.JourneyData;
import org.caseflow.support.tracing.CurrentTrace;
import org.caseflow.workflow.forms.TaskInput;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes journey events to the outbox. Called from engine listeners, it joins the engine's
 * transaction (same data source, Spring-managed), so an event exists if and only if the task
 * completion, process start or timer that caused it was committed.
 */
@Repository
class JourneyEventWriter {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,20}");
    private static final Pattern DIRECTORY_ID = Pattern.compile("[a-zA-Z0-9._-]{1,64}");

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    JourneyEventWriter(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void write(NewJourneyEvent event) {
        requireConsumersCanApply(event);
        jdbc.sql("""
                        insert into journey.event (event_id, type, la_child_id, contact_id, referral_id, occurred_on,
                            due_on, team, worker, process_instance_id, correlation_id, data)
                        values (:eventId, :type, :laChildId, :contactId, :referralId, :occurredOn,
                            :dueOn, :team, :worker, :processInstanceId, :correlationId, cast(:data as jsonb))""")
                .param("eventId", UUID.randomUUID())
                .param("type", event.type())
                .param("laChildId", event.laChildId())
                .param("contactId", event.contactId())
                .param("referralId", event.referralId())
                .param("occurredOn", event.occurredOn())
                .param("dueOn", event.dueOn())
                .param("team", event.team())
                .param("worker", event.worker())
                .param("processInstanceId", event.processInstanceId())
                // the trace id of the request doing the work (API or Tasklist), which consumers continue; absent for timers
                .param("correlationId", CurrentTrace.idOrNull())
                .param("data", toJson(event))
                .update();
    }

    /**
     * Every consumer must be able to apply what is written here, or its reader would have to set
     * the event aside: ids and names within the lengths the case record and the KPI facts keep.
     * Such values come from what a person recorded, so the step is refused and nothing is saved.
     */
    private static void requireConsumersCanApply(NewJourneyEvent event) {
        requireMatches(JourneyData.LA_CHILD_ID, event.laChildId(), ID);
        requireMatches(JourneyData.CONTACT_ID, event.contactId(), ID);
        requireMatches(JourneyData.REFERRAL_ID, event.referralId(), ID);
        requireMatches("team", event.team(), DIRECTORY_ID);
        requireMatches("worker", event.worker(), DIRECTORY_ID);
    }

    private static void requireMatches(String field, String value, Pattern pattern) {
        if (value != null && !pattern.matcher(value).matches()) {
            throw TaskInput.invalid(field, "The " + field + " '" + (value.length() > 30 ? value.substring(0, 30) + "…" : value)
                    + "' cannot be recorded: ids are letters, digits and dashes, at most 20; teams and workers at most 64.");
        }
    }

    private String toJson(NewJourneyEvent event) {
        try {
            return json.writeValueAsString(event.data());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The data of a " + event.type() + " event could not be written as JSON", e);
        }
    }
}
