package org.caseflow.kpi.lookedafter.rules;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.caseflow.calendar.StatutoryTimescale;
import org.caseflow.calendar.WorkingDayCalendar;
import org.caseflow.kpi.measures.rules.ReviewTimeliness;
import org.caseflow.kpi.measures.rules.ReviewTimeliness.PlanReviews;
import org.caseflow.kpi.measures.rules.WorkFallingDue;

/**
 * Regulation 33 as KPI {@code cla-reviews-in-timescale} judges it (docs/statutory-rules.md sections 2 and 5): of
 * the looked-after children's reviews that fell due in the period, those held by their due date. The first review
 * is due within 20 working days of the child becoming looked after (rule T17), the second within 3 calendar months
 * of the first (T18), each later one within 6 calendar months of the one before (T19), each counted from the day
 * the one before was actually held, as {@link ReviewTimeliness#fallingDue} counts every stage's reviews: a late
 * review is late once, and the next is due from the day it was held. A period of care that ends before a review
 * falls due has none due then. Periods of children looked after only under short breaks are left out, as another
 * regime times their reviews.
 */
public final class ClaReviews {

    private final ReviewTimeliness timeliness;

    public ClaReviews(WorkingDayCalendar calendar) {
        this.timeliness = new ReviewTimeliness(calendar, StatutoryTimescale.FIRST_CLA_REVIEW, StatutoryTimescale.SECOND_CLA_REVIEW,
                StatutoryTimescale.LATER_CLA_REVIEW);
    }

    public ReviewTimeliness timeliness() {
        return timeliness;
    }

    /** Every review that fell due in the period of care, each with the day the review meeting it was held. */
    public List<WorkFallingDue> fallingDue(CarePeriod period, List<LocalDate> heldOn) {
        return period.isShortBreaksOnly() ? List.of() : timeliness.fallingDue(new PlanReviews(period, heldOn));
    }

    /**
     * The reviews that fell due from {@code from} to {@code to}, both included, and those held in timescale.
     *
     * @param heldByPeriod the days each period's reviews were held, by the period's id
     */
    public WorkFallingDue.Count between(Collection<CarePeriod> periods, Map<String, List<LocalDate>> heldByPeriod, LocalDate from,
            LocalDate to) {
        return WorkFallingDue.between(periods.stream()
                .flatMap(period -> fallingDue(period, heldByPeriod.getOrDefault(period.claPeriodId(), List.of())).stream())
                .toList(), from, to);
    }
}
