package org.caseflow.kpi.catalogue;

import java.math.BigDecimal;

/** One measure of the improvement-plan report and what it is judged against. */
public record MeasureDefinition(String id, String priority, String name, Unit unit, Polarity polarity,
        BigDecimal target, BigDecimal toleranceLower, BigDecimal toleranceUpper, String definition) {

    public enum Unit { COUNT, PERCENT, RATE_PER_10K, AVERAGE }

    /** Which way is good. */
    public enum Polarity { HIGH_GOOD, LOW_GOOD, CLOSE_TO_TARGET, NONE }
}
