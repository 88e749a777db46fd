package org.caseflow.kpi.measures;

import java.math.BigDecimal;
import org.caseflow.kpi.catalogue.MeasureDefinition;

/**
 * How a measure moved since the previous month, and whether that is better or worse by which way
 * is good. "No change" when equal at the precision the report shows (whole numbers), each value
 * rounded once from its exact value.
 *
 * @param movement  UP, DOWN or SAME
 * @param judgement BETTER, WORSE or SAME; empty for context-only measures
 */
public record DirectionOfTravel(Movement movement, Judgement judgement) {

    public enum Movement { UP, DOWN, SAME }

    public enum Judgement { BETTER, WORSE, SAME }

    /** @param previous the previous month's exact value; {@code current} this month's */
    static DirectionOfTravel between(MeasureDefinition measure, BigDecimal previous, BigDecimal current) {
        if (previous == null || current == null) {
            return null;
        }
        int change = MeasureValue.asShown(current).compareTo(MeasureValue.asShown(previous));
        Movement movement = change > 0 ? Movement.UP : change < 0 ? Movement.DOWN : Movement.SAME;
        if (movement == Movement.SAME) {
            return new DirectionOfTravel(movement, measure.polarity() == MeasureDefinition.Polarity.NONE ? null : Judgement.SAME);
        }
        Judgement judgement = switch (measure.polarity()) {
            case HIGH_GOOD -> change > 0 ? Judgement.BETTER : Judgement.WORSE;
            case LOW_GOOD -> change < 0 ? Judgement.BETTER : Judgement.WORSE;
            case CLOSE_TO_TARGET -> closer(measure.target(), previous, current);
            case NONE -> null;
        };
        return new DirectionOfTravel(movement, judgement);
    }

    /** The arrow a reader sees, with its words beside it so that it never rests on the symbol or colour alone. */
    public String arrow() {
        return switch (movement) {
            case UP -> "\u2191";
            case DOWN -> "\u2193";
            case SAME -> "\u2192";
        };
    }

    public String words() {
        String moved = switch (movement) {
            case UP -> "Up";
            case DOWN -> "Down";
            case SAME -> "No change";
        };
        if (judgement == null || judgement == Judgement.SAME) {
            return moved;
        }
        return moved + ", " + (judgement == Judgement.BETTER ? "better" : "worse");
    }

    private static Judgement closer(BigDecimal target, BigDecimal previous, BigDecimal current) {
        if (target == null) {
            return null;
        }
        int comparison = MeasureValue.asShown(current).subtract(target).abs().compareTo(MeasureValue.asShown(previous).subtract(target).abs());
        return comparison < 0 ? Judgement.BETTER : comparison > 0 ? Judgement.WORSE : Judgement.SAME;
    }
}
