package org.caseflow.journey.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One thing that happened in a child's journey, as workflow-service publishes it on the journey
 * event feed. See {@code docs/journey-event-feed.md} for the contract.
 *
 * @param position    place in the feed; strictly increasing, assigned once the event's transaction committed
 * @param eventId     unique; consumers use it to apply an event at most once
 * @param type        past tense, e.g. {@code ContactDecided}; each stage's package has a typed reader per type
 * @param laChildId   the council's id for the child (CIN census LAchildID)
 * @param contactId   the contact that started the journey
 * @param referralId  the referral (CIN episode), once there is one
 * @param occurredOn  the business date, as the worker recorded it: a visit made on Monday and typed on
 *                    Wednesday occurred on Monday
 * @param recordedAt  when it was recorded in Caseflow
 * @param dueOn       the statutory due date of the work, when it had one
 * @param team        the team whose work it was
 * @param worker      who did it; empty for a timer
 * @param data        the facts recorded with it, keyed by {@link JourneyData} names
 * @param correlationId the request that caused it (empty for a timer), for the audit trail
 */
public record JourneyEvent(long position, UUID eventId, String type, String laChildId, String contactId,
        String referralId, LocalDate occurredOn, Instant recordedAt, LocalDate dueOn, String team, String worker,
        Map<String, Object> data, String correlationId) {

    public JourneyEvent {
        data = data == null ? Map.of() : Map.copyOf(data);
    }

    /** A recorded value as text, if present. */
    public Optional<String> text(String key) {
        Object value = data.get(key);
        return value == null || value.toString().isBlank() ? Optional.empty() : Optional.of(value.toString());
    }

    /** A recorded yes or no; not recorded is no. */
    public boolean flag(String key) {
        Object value = data.get(key);
        return value instanceof Boolean yes ? yes : value != null && Boolean.parseBoolean(value.toString());
    }

    /** A recorded value that the event's type always carries. */
    public String require(String key) {
        return text(key).orElseThrow(() -> new IllegalArgumentException(
                "A " + type + " event must carry " + key + "; event " + eventId + " does not"));
    }

    /** A recorded business date (ISO 8601; a date-time means its day in London), if present. */
    public Optional<LocalDate> date(String key) {
        return text(key).map(BusinessDates::parseDate);
    }
}
