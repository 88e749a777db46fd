package org.caseflow.journey.events.assessment;

import static org.caseflow.journey.events.assessment.AssessmentData.ALLOCATED_WORKER;

import java.time.LocalDate;
import java.util.UUID;
import org.caseflow.journey.events.JourneyEvent;

/**
 * A manager allocated a social worker (task {@code AllocateSocialWorker}).
 *
 * @param allocationId each allocation's own id (the event's), as a child may be allocated more than once
 */
public record SocialWorkerAllocated(UUID allocationId, String laChildId, String referralId, String worker, String team,
        LocalDate allocatedOn) {

    public static final String TYPE = "SocialWorkerAllocated";

    public static SocialWorkerAllocated from(JourneyEvent event) {
        return new SocialWorkerAllocated(event.eventId(), event.laChildId(), event.referralId(), event.require(ALLOCATED_WORKER),
                event.team(), event.occurredOn());
    }
}
