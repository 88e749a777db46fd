package org.caseflow.kpi.childinneed.rules;

import java.time.LocalDate;
import org.caseflow.kpi.measures.rules.Involvement;

/**
 * A child in need plan as the measures see it (docs/statutory-rules.md section 5): it starts on the date
 * of the decision that made it and ends on the date of the review that ended it. A child is on it at the
 * end of a date ({@link #isOpenOn}) from its start up to the day before it ends, as for child protection
 * plans: a plan that ends on the reporting date is not counted as open that day.
 *
 * @param endedOn null while the plan is open
 */
public record CinPlan(String cinPlanId, String laChildId, LocalDate startedOn, LocalDate endedOn) implements Involvement {
}
