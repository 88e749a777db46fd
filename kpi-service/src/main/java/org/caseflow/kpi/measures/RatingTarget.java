package org.caseflow.kpi.measures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import org.caseflow.kpi.catalogue.MeasureDefinition;
import org.caseflow.kpi.catalogue.MeasureDefinition.Milestone;
import org.caseflow.kpi.catalogue.MeasureDefinition.RatedAgainst;
import org.caseflow.kpi.measures.rules.MilestoneTrajectory;

/**
 * What a month's value was rated against: the measure's target, or, for a measure the catalogue rates by
 * its milestones, the point the year's milestones set for the reporting date ({@link MilestoneTrajectory}).
 *
 * @param exact the target judged against, unrounded (a point between two milestones need not be whole);
 *              empty when the month cannot be rated
 */
record RatingTarget(RatedAgainst ratedAgainst, BigDecimal exact) {

    static RatingTarget forValue(MeasureDefinition measure, MeasureValue value, LocalDate reportingDate) {
        if (measure.ratedAgainst() == RatedAgainst.TARGET) {
            return new RatingTarget(RatedAgainst.TARGET, measure.target());
        }
        Map<YearMonth, BigDecimal> milestones = new LinkedHashMap<>();
        for (Milestone milestone : measure.milestones()) {
            milestones.put(milestone.month(), milestone.target());
        }
        boolean cumulative = value.period() != null && value.period().basis() == MeasureValue.Basis.YEAR_TO_DATE;
        return new RatingTarget(RatedAgainst.MILESTONES, MilestoneTrajectory.targetOn(reportingDate, milestones, cumulative).orElse(null));
    }

    /** The rating, judged against the exact target: rounding it first would be a second rounding. */
    RagRating rate(MeasureDefinition measure, BigDecimal exactValue) {
        return RagRating.against(measure, exact, exactValue);
    }

    /** The target as a reader is shown it: to one decimal place at most. */
    BigDecimal shown() {
        if (exact == null) {
            return null;
        }
        BigDecimal rounded = exact.setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
    }
}
