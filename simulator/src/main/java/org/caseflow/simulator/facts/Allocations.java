package org.caseflow.simulator.facts;

import java.time.LocalDate;
import org.caseflow.journey.events.JourneyEvent;

/** A child's case given to a worker by a step, keyed by the step's event as kpi-service's {@code CaseAllocations} keys it. */
final class Allocations {

    private final FactTable table;

    Allocations(FactTable table) {
        this.table = table;
    }

    /** A step that named no worker allocates nobody. */
    void record(JourneyEvent event, String laChildId, String worker, LocalDate allocatedOn) {
        if (worker == null || worker.isBlank()) {
            return;
        }
        table.row(event.eventId(), event.position(), laChildId, worker, allocatedOn, event.type());
    }
}
