package org.caseflow.kpi.allocations.rules;

import java.time.LocalDate;

/**
 * A child's case given to a worker from a day: by a manager allocating the assessment, by a plan or a period of
 * care naming its lead social worker, or by a reallocation.
 *
 * @param position the event's place in the feed: of two allocations of a child on one day, the later recorded stands
 */
public record Allocation(String laChildId, String worker, LocalDate allocatedOn, long position) {
}
