package org.caseflow.casework.chronology;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * @param occurredOn when it happened, as the worker recorded it
 * @param recordedAt when it was recorded in Caseflow
 * @param kind       the journey event it came from, e.g. {@code AssessmentCompleted}
 */
public record ChronologyEntry(LocalDate occurredOn, Instant recordedAt, String kind, String summary, String recordedBy, UUID eventId) {
}
