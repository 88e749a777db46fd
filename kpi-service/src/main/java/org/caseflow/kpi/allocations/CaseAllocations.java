package org.caseflow.kpi.allocations;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.caseflow.journey.events.JourneyEvent;
import org.caseflow.kpi.allocations.rules.Allocation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every allocation of a child's case to a worker, keyed by the event that made it, so a replay of the feed changes
 * nothing. The features whose journey steps name a child's social worker record them here as they record their own
 * facts (a child protection or child in need plan's lead worker, a period of care's social worker), so that each
 * event type is still claimed by one feature alone; the assessment's allocation and reallocations are recorded by
 * {@link AllocationFacts}.
 */
@Repository
public class CaseAllocations {

    private final JdbcClient jdbc;

    CaseAllocations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records that {@code event} gave {@code laChildId}'s case to {@code worker} from {@code allocatedOn}. A step that
     * named no worker allocates nobody, and the child stays with whoever held them.
     */
    public void record(JourneyEvent event, String laChildId, String worker, LocalDate allocatedOn) {
        if (worker == null || worker.isBlank()) {
            return;
        }
        jdbc.sql("""
                        insert into allocation_fact (event_id, position, la_child_id, worker, allocated_on, allocated_by)
                        values (:id, :position, :child, :worker, :on, :type)
                        on conflict (event_id) do nothing""")
                .param("id", event.eventId()).param("position", event.position()).param("child", laChildId)
                .param("worker", worker).param("on", allocatedOn).param("type", event.type())
                .update();
    }

    /**
     * The allocations of these children made on or before {@code date}: a caseload needs only the children whose case is
     * open, not every child ever allocated.
     */
    public List<Allocation> madeBy(LocalDate date, Collection<String> children) {
        return jdbc.sql("""
                        select la_child_id, worker, allocated_on, position from allocation_fact
                        where allocated_on <= :on and la_child_id = any(:children)""")
                .param("on", date).param("children", children.toArray(String[]::new))
                .query((row, number) -> new Allocation(row.getString("la_child_id"), row.getString("worker"),
                        row.getObject("allocated_on", LocalDate.class), row.getLong("position")))
                .list();
    }
}
