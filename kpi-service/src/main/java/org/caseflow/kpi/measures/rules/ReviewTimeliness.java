package org.caseflow.kpi.measures.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.caseflow.calendar.Timescale;
import org.caseflow.calendar.WorkingDayCalendar;

/**
 * Statutory reviews (docs/statutory-rules.md sections 2 and 5): as a snapshot of children, KPI
 * {@code cp-reviews-in-timescale} by rules T7 and T8 ({@link #count}); as the reviews that fell due in a period,
 * KPI {@code cla-reviews-in-timescale} by rules T17, T18 and T19 ({@link #fallingDue}). The first review is due a
 * timescale after the plan (or period of care) started; each later one a timescale after the one before was
 * actually held, so an early review brings the next forward. The timescales are a chain: the first, then one for
 * each review held in turn, the last of them for every review after. Statutory timescales, which no council may
 * change, so the deadlines are worked out from the dates held rather than taken from the journey.
 *
 * <p>As a snapshot, those counted are the children on a plan at the end of the reporting date whose first review has fallen
 * due by then. A child is in timescale when every review so far was held on or before its deadline and the
 * next is not overdue on the reporting date. A child with two plans open at once counts once, in timescale
 * only when every one of them is ({@link ChildrenInTimescale}).
 */
public final class ReviewTimeliness {

    /** @param reviewsHeldOn the plan's reviews; those after the reporting date are not looked at */
    public record PlanReviews(Involvement plan, List<LocalDate> reviewsHeldOn) {

        public PlanReviews {
            reviewsHeldOn = List.copyOf(reviewsHeldOn);
        }
    }

    private final Timescale first;
    private final List<Timescale> later;
    private final WorkingDayCalendar calendar;

    /**
     * @param first the first review's, from the start
     * @param later each later review's in turn, from the one before; the last one for every review after
     */
    public ReviewTimeliness(WorkingDayCalendar calendar, Timescale first, Timescale... later) {
        if (later.length == 0) {
            throw new IllegalArgumentException("Reviews after the first need a timescale too");
        }
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.first = Objects.requireNonNull(first, "first");
        this.later = List.of(later);
    }

    public LocalDate firstReviewDue(LocalDate startedOn) {
        return first.deadline(calendar, startedOn);
    }

    /** The review after the {@code held}th one (1 for the first), held on {@code heldOn}, is due by this day. */
    public LocalDate nextReviewDue(int held, LocalDate heldOn) {
        if (held < 1) {
            throw new IllegalArgumentException("Count reviews held from 1: " + held);
        }
        return later.get(Math.min(held, later.size()) - 1).deadline(calendar, heldOn);
    }

    /** On a plan at the end of {@code reportingDate}, and its first review has fallen due by then. */
    public boolean isCountedOn(LocalDate reportingDate, PlanReviews reviews) {
        return reviews.plan().isOpenOn(reportingDate) && !firstReviewDue(reviews.plan().startedOn()).isAfter(reportingDate);
    }

    public boolean allOnTimeOn(LocalDate reportingDate, PlanReviews reviews) {
        LocalDate due = firstReviewDue(reviews.plan().startedOn());
        List<LocalDate> held = reviews.reviewsHeldOn().stream().filter(day -> !day.isAfter(reportingDate)).sorted().toList();
        for (int i = 0; i < held.size(); i++) {
            if (held.get(i).isAfter(due)) {
                return false;
            }
            due = nextReviewDue(i + 1, held.get(i));
        }
        return !reportingDate.isAfter(due);
    }

    /**
     * Every review that fell due on the plan, each with the day the review that met it was held (null: none yet):
     * the first due after the start, each later one after the review before it, met by the next review held. A
     * review falls due only while the plan is open: one that ends on or before a due date with the review not yet
     * held (the child left care) had none due then.
     */
    public List<WorkFallingDue> fallingDue(PlanReviews reviews) {
        Involvement plan = reviews.plan();
        List<LocalDate> held = reviews.reviewsHeldOn().stream().distinct().sorted().toList();
        List<WorkFallingDue> due = new ArrayList<>();
        LocalDate dueOn = firstReviewDue(plan.startedOn());
        for (int i = 0; i <= held.size(); i++) {
            WorkFallingDue review = new WorkFallingDue(dueOn, i < held.size() ? held.get(i) : null);
            if (review.doneInTimescale() || plan.isOpenOn(dueOn)) {
                due.add(review);
            }
            if (i < held.size()) {
                dueOn = nextReviewDue(i + 1, held.get(i));
            }
        }
        return due;
    }

    /** Of the children counted on {@code reportingDate}, those whose reviews have all been on time. */
    public ChildrenInTimescale count(Collection<PlanReviews> plans, LocalDate reportingDate) {
        return ChildrenInTimescale.count(plans.stream().filter(reviews -> isCountedOn(reportingDate, reviews)).toList(),
                reviews -> reviews.plan().laChildId(), reviews -> allOnTimeOn(reportingDate, reviews));
    }
}
