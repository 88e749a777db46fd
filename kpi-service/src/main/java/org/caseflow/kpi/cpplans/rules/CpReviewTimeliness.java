package org.caseflow.kpi.cpplans.rules;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.caseflow.calendar.StatutoryTimescale;
import org.caseflow.calendar.WorkingDayCalendar;
import org.caseflow.kpi.measures.rules.ChildrenInTimescale;
import org.caseflow.kpi.measures.rules.ReviewTimeliness;

/**
 * Rules T7 and T8 as KPI {@code cp-reviews-in-timescale} judges them (docs/statutory-rules.md sections
 * 2 and 5), a snapshot of children, counted as {@link ReviewTimeliness} counts every stage's reviews.
 * Those counted are the children on a plan at the end of the reporting date for 3 months or more, that
 * is, whose first review has fallen due by then. A child is in timescale when every review conference of
 * the plan so far was held on or before its deadline and the next is not overdue on the reporting date.
 * The first is due 3 calendar months after the plan's start, its initial conference (T7); each later one
 * 6 calendar months after the one before was actually held (T8), so an early review brings the next
 * forward. Months run to the same day, or the last day of a shorter month: a plan started on 31 January
 * is first reviewed by 30 April.
 */
public final class CpReviewTimeliness {

    /** @param reviewsHeldOn the plan's review conferences; those after the reporting date are not looked at */
    public record PlanReviews(CpPlan plan, List<LocalDate> reviewsHeldOn) {
    }

    private final ReviewTimeliness reviews;

    public CpReviewTimeliness(WorkingDayCalendar calendar) {
        this.reviews = new ReviewTimeliness(calendar, StatutoryTimescale.FIRST_REVIEW_CONFERENCE,
                StatutoryTimescale.LATER_REVIEW_CONFERENCE);
    }

    public LocalDate firstReviewDue(LocalDate planStartedOn) {
        return reviews.firstReviewDue(planStartedOn);
    }

    public LocalDate nextReviewDue(LocalDate previousReviewHeldOn) {
        return reviews.nextReviewDue(1, previousReviewHeldOn);
    }

    /** On a plan at the end of {@code reportingDate} for 3 months or more: its first review has fallen due. */
    public boolean isCountedOn(LocalDate reportingDate, PlanReviews plan) {
        return reviews.isCountedOn(reportingDate, shared(plan));
    }

    public boolean allOnTimeOn(LocalDate reportingDate, PlanReviews plan) {
        return reviews.allOnTimeOn(reportingDate, shared(plan));
    }

    /** Of the children counted on {@code reportingDate}, those whose reviews have all been on time. */
    public ChildrenInTimescale count(Collection<PlanReviews> plans, LocalDate reportingDate) {
        return reviews.count(plans.stream().map(CpReviewTimeliness::shared).toList(), reportingDate);
    }

    private static ReviewTimeliness.PlanReviews shared(PlanReviews plan) {
        return new ReviewTimeliness.PlanReviews(plan.plan(), plan.reviewsHeldOn());
    }
}
