package org.caseflow.simulator.facts;

import java.util.Set;
import org.caseflow.journey.events.JourneyEvent;
import org.caseflow.journey.events.assessment.SocialWorkerAllocated;
import org.caseflow.journey.events.workforce.CaseReallocated;
import org.caseflow.journey.events.workforce.SupervisionDue;
import org.caseflow.journey.events.workforce.SupervisionHeld;

/** Allocations that are steps of their own, and supervisions due and held: kpi-service's allocations and supervision features. */
final class WorkforceRows implements FactRows {

    private final FactTables tables;
    private final Allocations allocations;

    WorkforceRows(FactTables tables, Allocations allocations) {
        this.tables = tables;
        this.allocations = allocations;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(SocialWorkerAllocated.TYPE, CaseReallocated.TYPE, SupervisionDue.TYPE, SupervisionHeld.TYPE);
    }

    @Override
    public void write(JourneyEvent event) {
        switch (event.type()) {
            case SocialWorkerAllocated.TYPE -> {
                SocialWorkerAllocated allocated = SocialWorkerAllocated.from(event);
                allocations.record(event, allocated.laChildId(), allocated.worker(), allocated.allocatedOn());
            }
            case CaseReallocated.TYPE -> {
                CaseReallocated reallocated = CaseReallocated.from(event);
                allocations.record(event, reallocated.laChildId(), reallocated.worker(), reallocated.allocatedOn());
            }
            case SupervisionDue.TYPE -> {
                SupervisionDue due = SupervisionDue.from(event);
                if (due.dueOn() == null || due.countedFrom() == null) {
                    throw new IllegalArgumentException("A supervision due needs the day counted from and the due date");
                }
                tables.supervisionsDue.row(event.eventId(), due.worker(), due.countedFrom(), due.dueOn(), due.timescale());
            }
            case SupervisionHeld.TYPE -> {
                SupervisionHeld session = SupervisionHeld.from(event);
                tables.supervisions.row(event.eventId(), session.worker(), session.supervisor(), session.heldOn(), session.dueOn());
            }
            default -> throw new IllegalArgumentException("Not a workforce event: " + event.type());
        }
    }
}
