package org.caseflow.kpi.cpplans.rules;

import java.time.LocalDate;
import java.util.Collection;
import org.caseflow.kpi.measures.rules.Involvement;

/**
 * A child protection plan as the measures see it (docs/statutory-rules.md section 5): it starts on
 * the date of the initial conference that decided on it and ends on the date of the review
 * conference that ended it. A child is on it at the end of a date ({@link #isOpenOn}) from its start
 * up to the day before it ends: a plan that ends on the reporting date is one of the month's ended
 * plans, not one of its open ones (as the DfE counts children on a plan at 31 March).
 *
 * @param endedOn null while the plan is open
 */
public record CpPlan(String cpPlanId, String laChildId, LocalDate startedOn, LocalDate endedOn) implements Involvement {

    /** KPI {@code cp-count}: the children on a plan at the end of {@code date}, each child once. */
    public static long childrenOnAPlan(Collection<CpPlan> plans, LocalDate date) {
        return Involvement.childrenOpenOn(plans, date).size();
    }
}
