package org.caseflow.returns.record;

import java.time.LocalDate;
import java.util.List;

/**
 * A child protection plan (CIN census ChildProtectionPlans; Annex A list 7).
 *
 * @param startDate            the day of the conference that made it
 * @param endDate              null while it is open
 * @param reviewDates          the review conferences, in the order held
 * @param lastVisitOn          the last statutory visit
 * @param seenAloneAtLastVisit the child was seen alone at it; null when not recorded
 */
public record CpPlan(LocalDate startDate, LocalDate endDate, AbuseCategory initialCategory, AbuseCategory latestCategory,
        List<LocalDate> reviewDates, LocalDate lastVisitOn, Boolean seenAloneAtLastVisit) {

    public CpPlan {
        reviewDates = Copies.of(reviewDates);
    }
}
