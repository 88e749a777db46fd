package org.caseflow.kpi.measures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * A measure's value for a period, with what it was computed from.
 *
 * @param value       counts are whole; percentages and rates per 10,000 keep one decimal place
 *                    (DfE convention); empty when the denominator is 0
 * @param numerator   what was counted
 * @param denominator what it was counted out of, for percentages; the 0-17 population for rates
 */
public record MeasureValue(BigDecimal value, long numerator, Long denominator, Period period) {

    /**
     * What the value counts: what is dated in the month, in the financial year to date, the year to
     * date projected to the whole year, in the 12 months to the reporting date, or what stands at the
     * end of the reporting date (a snapshot, such as the children on a plan that day).
     */
    public enum Basis { MONTH, YEAR_TO_DATE, PROJECTED_YEAR, ROLLING_12_MONTHS, SNAPSHOT }

    public record Period(LocalDate from, LocalDate to, Basis basis) {
    }

    public static MeasureValue count(long count, Period period) {
        return new MeasureValue(BigDecimal.valueOf(count), count, null, period);
    }

    public static MeasureValue percentage(long numerator, long denominator, Period period) {
        BigDecimal value = denominator == 0 ? null
                : BigDecimal.valueOf(numerator * 100L).divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
        return new MeasureValue(value, numerator, denominator, period);
    }

    /** A value as the report shows it, in whole numbers: RAG ratings and direction of travel judge this. */
    static BigDecimal asShown(BigDecimal value) {
        return value.setScale(0, RoundingMode.HALF_UP);
    }

    /**
     * {@code count} per 10,000 of {@code population}, scaled by {@code factor} (1 unless projected).
     * Measures ask {@link RatePer10kChildren}, which finds the population and does without one.
     */
    static MeasureValue ratePer10k(long count, BigDecimal factor, long population, Period period) {
        BigDecimal value = BigDecimal.valueOf(count).multiply(factor).multiply(BigDecimal.valueOf(10_000))
                .divide(BigDecimal.valueOf(population), 1, RoundingMode.HALF_UP);
        return new MeasureValue(value, count, population, period);
    }
}
