package org.caseflow.kpi.catalogue;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * One measure of the improvement-plan report and what it is judged against.
 *
 * @param milestones   the targets the council set for later months (the report's "Sept-23" and "Mar-24"), earliest
 *                     first; a measure rated against its target is not judged by these
 * @param ratedAgainst whether a month is rated against {@code target} or against the point the year's milestones set
 *                     for it, as the reference report rates all open cases and the children entering and ceasing care
 */
public record MeasureDefinition(String id, String priority, String name, Unit unit, Polarity polarity,
        BigDecimal target, BigDecimal toleranceLower, BigDecimal toleranceUpper, String definition, List<Milestone> milestones,
        RatedAgainst ratedAgainst) {

    public MeasureDefinition {
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
        ratedAgainst = ratedAgainst == null ? RatedAgainst.TARGET : ratedAgainst;
    }

    /** A measure rated against its target. */
    public MeasureDefinition(String id, String priority, String name, Unit unit, Polarity polarity, BigDecimal target,
            BigDecimal toleranceLower, BigDecimal toleranceUpper, String definition, List<Milestone> milestones) {
        this(id, priority, name, unit, polarity, target, toleranceLower, toleranceUpper, definition, milestones, RatedAgainst.TARGET);
    }

    public enum Unit { COUNT, PERCENT, RATE_PER_10K, AVERAGE }

    /** Which way is good. */
    public enum Polarity { HIGH_GOOD, LOW_GOOD, CLOSE_TO_TARGET, NONE }

    /** What a month's value is rated against. */
    public enum RatedAgainst { TARGET, MILESTONES }

    /** The target the measure should reach by {@code month}. */
    public record Milestone(YearMonth month, BigDecimal target) {
    }
}
