package org.caseflow.kpi.measures;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.caseflow.kpi.catalogue.MeasureDefinition;

/**
 * One measure of a month's report: its value and what it is made of, how it rates against its
 * target, and how it moved since the previous month.
 *
 * @param inMonth   the month alone, for measures whose headline covers the financial year to date or the 12 months to the reporting date
 * @param milestones the targets set for later months (the report's milestone columns)
 * @param breakdown the headline value's categories, for the measures that break it down ({@link MeasureValue#breakdown}); else null
 */
record MeasureResult(String id, String priority, String name, MeasureDefinition.Unit unit,
        MeasureDefinition.Polarity polarity, BigDecimal value, long numerator, BigDecimal denominator,
        MeasureValue.Period period, BigDecimal target, BigDecimal toleranceLower, BigDecimal toleranceUpper,
        List<MeasureDefinition.Milestone> milestones, RagRating rag, BigDecimal previousValue, DirectionOfTravel directionOfTravel,
        MeasureValue inMonth, Map<String, Long> breakdown, String definition) {

    static MeasureResult of(MeasureDefinition measure, MeasureValue current, MeasureValue previous, MeasureValue inMonth) {
        return new MeasureResult(measure.id(), measure.priority(), measure.name(), measure.unit(), measure.polarity(),
                current.value(), current.numerator(), current.denominator(), current.period(), measure.target(),
                measure.toleranceLower(), measure.toleranceUpper(), measure.milestones(), RagRating.of(measure, current.value()),
                previous.value(), DirectionOfTravel.between(measure, previous.value(), current.value()), inMonth,
                current.breakdown(), measure.definition());
    }
}
