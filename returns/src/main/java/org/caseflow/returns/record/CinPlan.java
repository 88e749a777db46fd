package org.caseflow.returns.record;

import java.time.LocalDate;

/** A child in need plan (CIN census CINPlanDates); {@code endDate} is null while it is open. */
public record CinPlan(LocalDate startDate, LocalDate endDate) {
}
