package org.caseflow.casework.workforce;

import java.util.UUID;
import org.caseflow.journey.events.workforce.CaseReallocated;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Allocations of a child's whole case, keyed by the event that recorded each, so that applying it
 * again changes nothing. Nothing here ends an earlier allocation: which one holds the case is read
 * from them as they stand ({@code allocation.CurrentAllocations}).
 */
@Repository
class CaseAllocationRecords {

    private final JdbcClient jdbc;

    CaseAllocationRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param position the event's feed position, which orders two allocations of one day */
    void allocated(UUID eventId, long position, CaseReallocated allocation) {
        jdbc.sql("""
                        insert into case_allocation (event_id, position, la_child_id, worker, previous_worker, team, allocated_on, reason)
                        values (:event, :position, :child, :worker, :previous, :team, :on, :reason)
                        on conflict (event_id) do nothing""")
                .param("event", eventId).param("position", position).param("child", allocation.laChildId())
                .param("worker", allocation.worker()).param("previous", allocation.previousWorker())
                .param("team", allocation.team()).param("on", allocation.allocatedOn())
                .param("reason", allocation.reason().isBlank() ? null : allocation.reason())
                .update();
    }
}
