package org.caseflow.kpi.catalogue;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * One measure of the improvement-plan report and what it is judged against.
 *
 * @param milestones the targets the council set for later months (the report's "Sept-23" and "Mar-24"), earliest
 *                   first; the RAG rating judges the month against {@code target}, not these
 */
public record MeasureDefinition(String id, String priority, String name, Unit unit, Polarity polarity,
        BigDecimal target, BigDecimal toleranceLower, BigDecimal toleranceUpper, String definition, List<Milestone> milestones) {

    public MeasureDefinition {
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
    }

    public enum Unit { COUNT, PERCENT, RATE_PER_10K, AVERAGE }

    /** Which way is good. */
    public enum Polarity { HIGH_GOOD, LOW_GOOD, CLOSE_TO_TARGET, NONE }

    /** The target the measure should reach by {@code month}. */
    public record Milestone(YearMonth month, BigDecimal target) {
    }
}
