package org.caseflow.kpi.measures;

import java.math.BigDecimal;
import org.caseflow.kpi.catalogue.MeasureDefinition;
import org.caseflow.kpi.catalogue.MeasureDefinition.Polarity;

/**
 * Red, amber or green against the local target, as the council's report rates its measures:
 * green is on target or better; amber is worse than target but inside the tolerance band, or off
 * target where no band is set; red is outside the band. Judged at the precision the report shows
 * (whole numbers), rounded once from the exact value: 84.45% is 84, amber against 85, though it is
 * 84.5 to one decimal place. The target is the measure's own, or for a measure rated by its
 * milestones the point the milestones set for the reporting date ({@link RatingTarget}). A measure
 * with no target, or that is context only, has no rating.
 */
public enum RagRating {
    GREEN, AMBER, RED;

    /** Rated against the measure's own target. */
    static RagRating of(MeasureDefinition measure, BigDecimal exact) {
        return against(measure, measure.target(), exact);
    }

    /** Rated against {@code target}, with the measure's polarity and tolerance band. */
    static RagRating against(MeasureDefinition measure, BigDecimal target, BigDecimal exact) {
        if (exact == null || target == null || measure.polarity() == Polarity.NONE) {
            return null;
        }
        BigDecimal shown = MeasureValue.asShown(exact);
        BigDecimal lower = measure.toleranceLower();
        BigDecimal upper = measure.toleranceUpper();
        return switch (measure.polarity()) {
            case HIGH_GOOD -> shown.compareTo(target) >= 0 ? GREEN : lower == null || shown.compareTo(lower) >= 0 ? AMBER : RED;
            case LOW_GOOD -> shown.compareTo(target) <= 0 ? GREEN : upper == null || shown.compareTo(upper) <= 0 ? AMBER : RED;
            case CLOSE_TO_TARGET -> shown.compareTo(target) == 0 ? GREEN : withinBand(shown, lower, upper) ? AMBER : RED;
            case NONE -> null;
        };
    }

    /** What a reader is told beside the colour, so that the rating never rests on colour alone. */
    public String words() {
        return switch (this) {
            case GREEN -> "Green: on target or better";
            case AMBER -> "Amber: off target, within tolerance or no band set";
            case RED -> "Red: outside tolerance";
        };
    }

    private static boolean withinBand(BigDecimal value, BigDecimal lower, BigDecimal upper) {
        return (lower == null || value.compareTo(lower) >= 0) && (upper == null || value.compareTo(upper) <= 0);
    }
}
