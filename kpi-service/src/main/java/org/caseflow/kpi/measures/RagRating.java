package org.caseflow.kpi.measures;

import java.math.BigDecimal;
import org.caseflow.kpi.catalogue.MeasureDefinition;
import org.caseflow.kpi.catalogue.MeasureDefinition.Polarity;

/**
 * Red, amber or green against the local target, as the council's report rates its measures:
 * green is on target or better; amber is worse than target but inside the tolerance band, or off
 * target where no band is set; red is outside the band. Judged at the precision the report shows
 * (whole numbers). A measure with no target, or that is context only, has no rating.
 */
enum RagRating {
    GREEN, AMBER, RED;

    static RagRating of(MeasureDefinition measure, BigDecimal value) {
        if (value == null || measure.target() == null || measure.polarity() == Polarity.NONE) {
            return null;
        }
        BigDecimal shown = MeasureValue.asShown(value);
        BigDecimal target = measure.target();
        BigDecimal lower = measure.toleranceLower();
        BigDecimal upper = measure.toleranceUpper();
        return switch (measure.polarity()) {
            case HIGH_GOOD -> shown.compareTo(target) >= 0 ? GREEN : lower == null || shown.compareTo(lower) >= 0 ? AMBER : RED;
            case LOW_GOOD -> shown.compareTo(target) <= 0 ? GREEN : upper == null || shown.compareTo(upper) <= 0 ? AMBER : RED;
            case CLOSE_TO_TARGET -> shown.compareTo(target) == 0 ? GREEN : withinBand(shown, lower, upper) ? AMBER : RED;
            case NONE -> null;
        };
    }

    private static boolean withinBand(BigDecimal value, BigDecimal lower, BigDecimal upper) {
        return (lower == null || value.compareTo(lower) >= 0) && (upper == null || value.compareTo(upper) <= 0);
    }
}
