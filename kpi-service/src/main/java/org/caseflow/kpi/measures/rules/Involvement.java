package org.caseflow.kpi.measures.rules;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A child's involvement with a service that snapshot measures count (docs/statutory-rules.md section
 * 5): a plan, or an episode of social care or Early Help. It is open from the day it starts up to the
 * day before it ends: one that ends on the reporting date is one of the month's ended ones, not one
 * of its open ones (as the DfE counts children on a plan at 31 March).
 */
public interface Involvement {

    String laChildId();

    LocalDate startedOn();

    /** The day it ended; null while it is open. */
    LocalDate endedOn();

    /** Open at the end of {@code date}: started on or before it and not ended on or before it. */
    default boolean isOpenOn(LocalDate date) {
        return isOpenOn(startedOn(), endedOn(), date);
    }

    /** Whether something started on {@code startedOn} and ended on {@code endedOn} (null: not yet) is open at the end of {@code date}. */
    static boolean isOpenOn(LocalDate startedOn, LocalDate endedOn, LocalDate date) {
        return !startedOn.isAfter(date) && (endedOn == null || endedOn.isAfter(date));
    }

    /** The children with at least one of {@code involvements} open at the end of {@code date}, each child once. */
    static Set<String> childrenOpenOn(Collection<? extends Involvement> involvements, LocalDate date) {
        return involvements.stream().filter(involvement -> involvement.isOpenOn(date)).map(Involvement::laChildId)
                .collect(Collectors.toSet());
    }
}
