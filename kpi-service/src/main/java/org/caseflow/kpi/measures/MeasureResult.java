package org.caseflow.kpi.measures;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.caseflow.kpi.catalogue.MeasureDefinition;

/**
 * One measure of a month's report: its value and what it is made of, how it rates against its
 * target, and how it moved since the previous month.
 *
 * @param value          to one decimal place (counts whole), rounded once from the exact value
 * @param shown          the whole number the report shows, rounded once from the exact value (never from {@code value}):
 *                       what {@code rag} and {@code directionOfTravel} judge
 * @param inMonth        the month alone, for measures whose headline covers the financial year to date or the 12 months to the reporting date
 * @param milestones     the targets set for later months (the report's milestone columns)
 * @param ratedAgainst   TARGET, or MILESTONES for a measure rated by where its milestones put it on the reporting date
 * @param ratingTarget   the target {@code rag} judged against: {@code target}, or the milestones' point for the reporting
 *                       date (to one decimal place); empty when there is none
 * @param previousShown  the previous month's value as the report shows it
 * @param breakdown      the headline value's categories, for the measures that break it down ({@link MeasureValue#breakdown}); else null
 */
public record MeasureResult(String id, String priority, String name, MeasureDefinition.Unit unit,
        MeasureDefinition.Polarity polarity, BigDecimal value, BigDecimal shown, long numerator, BigDecimal denominator,
        MeasureValue.Period period, BigDecimal target, BigDecimal toleranceLower, BigDecimal toleranceUpper,
        List<MeasureDefinition.Milestone> milestones, MeasureDefinition.RatedAgainst ratedAgainst, BigDecimal ratingTarget,
        RagRating rag, BigDecimal previousValue, BigDecimal previousShown, DirectionOfTravel directionOfTravel,
        MeasureValue inMonth, Map<String, Long> breakdown, String definition) {

    static MeasureResult of(MeasureDefinition measure, ReportingPeriod period, MeasureValue current, MeasureValue previous,
            MeasureValue inMonth) {
        RatingTarget ratingTarget = RatingTarget.forValue(measure, current, period.reportingDate());
        return new MeasureResult(measure.id(), measure.priority(), measure.name(), measure.unit(), measure.polarity(),
                current.value(), current.shown(), current.numerator(), current.denominator(), current.period(), measure.target(),
                measure.toleranceLower(), measure.toleranceUpper(), measure.milestones(), measure.ratedAgainst(), ratingTarget.shown(),
                ratingTarget.rate(measure, current.exact()), previous.value(), previous.shown(),
                DirectionOfTravel.between(measure, previous.exact(), current.exact()), inMonth, current.breakdown(), measure.definition());
    }
}
