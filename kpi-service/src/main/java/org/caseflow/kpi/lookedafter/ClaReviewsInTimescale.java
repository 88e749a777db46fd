package org.caseflow.kpi.lookedafter;

import java.time.LocalDate;
import org.caseflow.calendar.WorkingDayCalendar;
import org.caseflow.kpi.lookedafter.rules.ClaReviews;
import org.caseflow.kpi.measures.Measure;
import org.caseflow.kpi.measures.MeasureValue;
import org.caseflow.kpi.measures.ReportingPeriod;
import org.caseflow.kpi.measures.rules.WorkFallingDue;
import org.springframework.stereotype.Component;

/**
 * KPI {@code cla-reviews-in-timescale}: of the looked-after children's reviews that fell due in the month (to the
 * reporting date), those held by their due date, by regulation 33 ({@link ClaReviews}: rules T17 to T19). The
 * statutory deadlines are worked out here from the dates held, as no council may change them, as they are for
 * child protection reviews.
 */
@Component
class ClaReviewsInTimescale implements Measure {

    private final CarePeriods periods;
    private final ClaReviews reviews;

    ClaReviewsInTimescale(CarePeriods periods, WorkingDayCalendar calendar) {
        this.periods = periods;
        this.reviews = new ClaReviews(calendar);
    }

    @Override
    public String measureId() {
        return "cla-reviews-in-timescale";
    }

    @Override
    public MeasureValue valueFor(ReportingPeriod period) {
        LocalDate from = period.monthStart();
        LocalDate to = period.reportingDate();
        WorkFallingDue.Count count = reviews.between(periods.mayHaveWorkDueBetween(from, to), periods.reviewsHeldBetween(from, to), from, to);
        return MeasureValue.percentage(count.inTimescale(), count.due(), period.inMonth());
    }
}
