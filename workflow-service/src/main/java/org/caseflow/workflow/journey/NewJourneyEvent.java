package org.caseflow.workflow.journey;

import java.time.LocalDate;
import java.util.Map;

/** A journey event about to be written to the outbox; the outbox adds its id, time and position. */
record NewJourneyEvent(String type, String laChildId, String contactId, String referralId, LocalDate occurredOn,
        LocalDate dueOn, String team, String worker, String processInstanceId, Map<String, Object> data) {
}
