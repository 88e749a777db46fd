package org.caseflow.kpi.allocations;

import java.util.Set;
import org.caseflow.journey.events.JourneyEvent;
import org.caseflow.journey.events.assessment.SocialWorkerAllocated;
import org.caseflow.journey.events.workforce.CaseReallocated;
import org.caseflow.kpi.facts.FactRecorder;
import org.springframework.stereotype.Component;

/** The allocations that are journey steps of their own: a manager allocating the assessment, and a reallocation. */
@Component
class AllocationFacts implements FactRecorder {

    private final CaseAllocations allocations;

    AllocationFacts(CaseAllocations allocations) {
        this.allocations = allocations;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(SocialWorkerAllocated.TYPE, CaseReallocated.TYPE);
    }

    @Override
    public void record(JourneyEvent event) {
        switch (event.type()) {
            case SocialWorkerAllocated.TYPE -> {
                SocialWorkerAllocated allocated = SocialWorkerAllocated.from(event);
                allocations.record(event, allocated.laChildId(), allocated.worker(), allocated.allocatedOn());
            }
            case CaseReallocated.TYPE -> {
                CaseReallocated reallocated = CaseReallocated.from(event);
                allocations.record(event, reallocated.laChildId(), reallocated.worker(), reallocated.allocatedOn());
            }
            default -> throw new IllegalArgumentException("Not an allocation event: " + event.type());
        }
    }
}
