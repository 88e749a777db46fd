package org.caseflow.casework.allocation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who holds a child's case now. Two kinds of allocation are kept: an episode's (an assessment's
 * allocated worker, ended by the next in that episode or by its closure) and the whole case's (a
 * team manager reallocating the child's case from a date, which every open journey of the child
 * follows). The case's is current while the child's open work began on or before it, so an
 * allocation from a case that has since closed does not come back with a later referral; the
 * latest one supersedes every episode allocation made before it. Of two allocations on one day,
 * the one the feed brought later is the later.
 *
 * <p>Both are read as they stand, never ended by a later event, so that applying any event again
 * changes nothing here.
 */
@Repository
public class CurrentAllocations {

    private static final String CURRENT = """
            with episode_allocation as (
                select worker, team, allocated_on, episode_id, coalesce(position, 0) as position from allocation
                where la_child_id = :child and ended_on is null
            ),
            case_allocation_now as (
                select worker, team, allocated_on, cast(null as varchar) as episode_id, position from case_allocation ca
                where la_child_id = :child and exists (select 1 from episode e
                    where e.la_child_id = ca.la_child_id and e.ended_on is null and e.started_on <= ca.allocated_on)
                order by allocated_on desc, position desc limit 1
            )
            select worker, team, allocated_on as since, episode_id from (
                select * from case_allocation_now
                union all
                select e.* from episode_allocation e where not exists (select 1 from case_allocation_now n
                    where (e.allocated_on, e.position) < (n.allocated_on, n.position))
            ) held order by allocated_on desc, position desc""";

    private final JdbcClient jdbc;

    CurrentAllocations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The child's current allocations, latest first; empty when nobody holds the case. */
    public List<Allocation> of(String laChildId) {
        return jdbc.sql(CURRENT).param("child", laChildId).query(Allocation.class).list();
    }

    /** Who holds the case now: the latest current allocation. */
    public Optional<Allocation> latest(String laChildId) {
        return of(laChildId).stream().findFirst();
    }

    /** The teams the child's case is allocated to now, each once. */
    public List<String> teams(String laChildId) {
        return of(laChildId).stream().map(Allocation::team).filter(Objects::nonNull).distinct().toList();
    }

    /**
     * The worker the child's whole case was last allocated to on or after {@code since}, while it is
     * current: a looked-after child's social worker once the case is reallocated during the period.
     */
    public Optional<String> caseWorkerSince(String laChildId, LocalDate since) {
        return of(laChildId).stream().filter(allocation -> allocation.episodeId() == null && !allocation.since().isBefore(since))
                .map(Allocation::worker).findFirst();
    }

    /**
     * @param since     the day it took effect
     * @param episodeId the episode it belongs to; null for an allocation of the child's whole case
     */
    public record Allocation(String worker, String team, LocalDate since, String episodeId) {
    }
}
