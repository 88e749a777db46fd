package org.caseflow.casework.audit;

import java.time.Instant;

/**
 * One read or change of a child's record.
 *
 * @param actor         who: a user id, or {@code system} for a statutory timer
 * @param action        what, e.g. {@code READ_SUMMARY}, {@code READ_DENIED}, {@code ContactDecided}
 * @param correlationId the request it happened in, to find its log lines
 */
public record AuditEntry(Instant at, String actor, String action, String laChildId, String correlationId, String detail) {
}
