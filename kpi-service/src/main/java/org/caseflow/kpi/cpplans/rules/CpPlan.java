package org.caseflow.kpi.cpplans.rules;

import java.time.LocalDate;
import java.util.Collection;

/**
 * A child protection plan as the measures see it (docs/statutory-rules.md section 5): it starts on
 * the date of the initial conference that decided on it and ends on the date of the review
 * conference that ended it.
 *
 * @param endedOn null while the plan is open
 */
public record CpPlan(String cpPlanId, String laChildId, LocalDate startedOn, LocalDate endedOn) {

    /**
     * On the plan at the end of {@code date}: started on or before it and not ended on or before it. A
     * plan that ends on the reporting date is one of the month's ended plans, not one of its open ones
     * (as the DfE counts children on a plan at 31 March).
     */
    public boolean isOpenOn(LocalDate date) {
        return !startedOn.isAfter(date) && (endedOn == null || endedOn.isAfter(date));
    }

    /** KPI {@code cp-count}: the children on a plan at the end of {@code date}, each child once. */
    public static long childrenOnAPlan(Collection<CpPlan> plans, LocalDate date) {
        return plans.stream().filter(plan -> plan.isOpenOn(date)).map(CpPlan::laChildId).distinct().count();
    }
}
