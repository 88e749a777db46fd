package org.caseflow.journey.events.workforce;

import static org.caseflow.journey.events.workforce.WorkforceData.CASE_WORKER;
import static org.caseflow.journey.events.workforce.WorkforceData.PREVIOUS_WORKER;
import static org.caseflow.journey.events.workforce.WorkforceData.REALLOCATION_REASON;

import java.time.LocalDate;
import org.caseflow.journey.events.JourneyEvent;

/**
 * A team manager allocated a child's case to a worker from a date (journey {@code case-allocation}):
 * the child's open work follows them. A caseload counts the children allocated to a worker on a
 * day, by their last allocation on or before it (the assessment's, a plan's lead, or this).
 */
public record CaseReallocated(String laChildId, String worker, String previousWorker, LocalDate allocatedOn, String reason, String team) {

    public static final String TYPE = "CaseReallocated";

    public static CaseReallocated from(JourneyEvent event) {
        return new CaseReallocated(event.laChildId(), event.require(CASE_WORKER), event.text(PREVIOUS_WORKER).orElse(null),
                event.occurredOn(), event.text(REALLOCATION_REASON).orElse(""), event.team());
    }
}
