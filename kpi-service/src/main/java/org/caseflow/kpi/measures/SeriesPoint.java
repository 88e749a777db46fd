package org.caseflow.kpi.measures;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;
import org.caseflow.kpi.catalogue.MeasureDefinition;

/**
 * One month of a measure's series: its value as the month's report gives it, rated and compared with the month
 * before exactly as {@link MeasureResult} does, so that a chart drawn from a series agrees with every report.
 */
public record SeriesPoint(YearMonth month, BigDecimal value, BigDecimal shown, long numerator, BigDecimal denominator,
        MeasureValue.Period period, BigDecimal ratingTarget, RagRating rag, DirectionOfTravel directionOfTravel,
        Map<String, Long> breakdown) {

    static SeriesPoint of(MeasureDefinition measure, ReportingPeriod period, MeasureValue current, MeasureValue previous) {
        RatingTarget target = RatingTarget.forValue(measure, current, period.reportingDate());
        return new SeriesPoint(period.month(), current.value(), current.shown(), current.numerator(), current.denominator(),
                current.period(), target.shown(), target.rate(measure, current.exact()),
                DirectionOfTravel.between(measure, previous.exact(), current.exact()), current.breakdown());
    }
}
