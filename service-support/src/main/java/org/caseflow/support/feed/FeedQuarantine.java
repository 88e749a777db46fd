package org.caseflow.support.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.caseflow.journey.events.JourneyEvent;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Journey events a service could not apply, set aside so that the rest of the feed still flows
 * (table {@code feed_quarantine}, created by the service's migrations). Written in the page's
 * transaction, so an event is in quarantine exactly when the cursor has moved past it unapplied.
 * An event is kept once however often its page is read again.
 */
class FeedQuarantine {

    /** Enough of an error to tell what went wrong; stack traces belong in the log. */
    static final int MAX_ERROR_LENGTH = 2000;

    private final JdbcClient jdbc;
    private final String consumer;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    FeedQuarantine(JdbcClient jdbc, String consumer) {
        this.jdbc = jdbc;
        this.consumer = consumer;
    }

    /**
     * Sets the event aside with the reason it could not be applied.
     *
     * @return true when it was not in quarantine already
     * @throws QuarantineFailedException when it cannot be kept either; the page must then be read again
     */
    boolean keep(JourneyEvent event, RuntimeException failure) {
        try {
            return jdbc.sql("""
                            insert into feed_quarantine (consumer, position, event_id, type, la_child_id, error, event)
                            values (:consumer, :position, :eventId, :type, :laChildId, :error, cast(:event as jsonb))
                            on conflict (consumer, event_id) do nothing""")
                    .param("consumer", consumer)
                    .param("position", event.position())
                    .param("eventId", event.eventId())
                    .param("type", event.type())
                    .param("laChildId", event.laChildId())
                    .param("error", describe(failure))
                    .param("event", json.writeValueAsString(event))
                    .update() == 1;
        } catch (RuntimeException | JsonProcessingException e) {
            QuarantineFailedException notKept = new QuarantineFailedException(event, e);
            notKept.addSuppressed(failure);
            throw notKept;
        }
    }

    /** The events of positions {@code after} (exclusive) to {@code upTo} that are in quarantine. */
    Set<UUID> heldBetween(long after, long upTo) {
        return new HashSet<>(jdbc.sql("""
                        select event_id from feed_quarantine
                        where consumer = :consumer and position > :after and position <= :upTo""")
                .param("consumer", consumer).param("after", after).param("upTo", upTo)
                .query(UUID.class).list());
    }

    /** Takes an event out of quarantine: it has now been applied. */
    void release(JourneyEvent event) {
        jdbc.sql("delete from feed_quarantine where consumer = :consumer and event_id = :eventId")
                .param("consumer", consumer).param("eventId", event.eventId()).update();
    }

    static String describe(Throwable failure) {
        String description = failure.toString();
        return description.length() <= MAX_ERROR_LENGTH ? description : description.substring(0, MAX_ERROR_LENGTH - 1) + "…";
    }

    /** An event could not be applied, nor set aside: nothing of its page may be kept. */
    static class QuarantineFailedException extends RuntimeException {

        QuarantineFailedException(JourneyEvent event, Exception cause) {
            super("Journey event " + event.eventId() + " at position " + event.position()
                    + " could not be applied nor quarantined; its page will be read again", cause);
        }
    }
}
