package org.caseflow.kpi.allocations.rules;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;

/**
 * Who holds each child's case at the end of a day (docs/statutory-rules.md section 5, the workforce measures): the
 * worker named by the child's latest allocation on or before that day, whatever allocated them (the assessment's
 * allocation, a plan's or a period of care's lead social worker, a reallocation). Of two allocations on the same
 * day the one recorded later stands, as it was the later decision. An allocation dated after the day is not yet
 * in force. Whether the child's case is still open that day is for the caseload to judge, not this.
 */
public final class CaseHolders {

    private static final Comparator<Allocation> LATEST_LAST =
            Comparator.comparing(Allocation::allocatedOn).thenComparingLong(Allocation::position);

    private CaseHolders() {
    }

    /** Each child allocated on or before {@code date}, with the worker who holds their case at its end. */
    public static Map<String, String> on(Collection<Allocation> allocations, LocalDate date) {
        return allocations.stream()
                .filter(allocation -> !allocation.allocatedOn().isAfter(date))
                .collect(Collectors.toMap(Allocation::laChildId, allocation -> allocation, BinaryOperator.maxBy(LATEST_LAST)))
                .values().stream()
                .collect(Collectors.toMap(Allocation::laChildId, Allocation::worker));
    }
}
