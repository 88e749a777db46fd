package org.caseflow.kpi.measures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A measure's value for a period, with what it was computed from.
 *
 * @param value       counts are whole; percentages and rates per 10,000 keep one decimal place
 *                    (DfE convention); empty when the denominator is 0
 * @param numerator   what was counted
 * @param denominator what it was counted out of: for percentages, the count it is a share of; for rates, the 0-17
 *                    population; for averages, what the numerator is shared between (the full-time equivalent of
 *                    the workers whose cases are averaged), which need not be whole
 * @param breakdown   for a measure that breaks what it counted down (the children looked after by
 *                    placement type, the children ceasing care by reason...): how many of the
 *                    {@code numerator} fall in each category, every category of the measure in its
 *                    order, those with none included, so that the shape is the same every month; the
 *                    counts add up to the numerator. Empty (null) for every other measure.
 */
public record MeasureValue(BigDecimal value, long numerator, BigDecimal denominator, Period period, Map<String, Long> breakdown) {

    public MeasureValue {
        breakdown = breakdown == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(breakdown));
    }

    /** A value that is not broken down. */
    public MeasureValue(BigDecimal value, long numerator, BigDecimal denominator, Period period) {
        this(value, numerator, denominator, period, null);
    }

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

    /**
     * {@code count}, broken down into categories ({@link #breakdown}) whose counts add up to it.
     *
     * @throws IllegalArgumentException when they do not
     */
    public static MeasureValue countByCategory(long count, Map<String, Long> breakdown, Period period) {
        long categorised = breakdown.values().stream().mapToLong(Long::longValue).sum();
        if (categorised != count) {
            throw new IllegalArgumentException("A breakdown of " + count + " counts " + categorised + ": " + breakdown);
        }
        return new MeasureValue(BigDecimal.valueOf(count), count, null, period, breakdown);
    }

    public static MeasureValue percentage(long numerator, long denominator, Period period) {
        BigDecimal value = denominator == 0 ? null
                : BigDecimal.valueOf(numerator * 100L).divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
        return new MeasureValue(value, numerator, BigDecimal.valueOf(denominator), period);
    }

    /**
     * {@code total} shared over {@code over}, to one decimal place: an average per full-time worker, whose
     * full-time equivalents need not add up to a whole number. Empty when there is nothing to share it over.
     */
    public static MeasureValue average(long total, BigDecimal over, Period period) {
        BigDecimal value = over.signum() == 0 ? null
                : BigDecimal.valueOf(total).divide(over, 1, RoundingMode.HALF_UP);
        return new MeasureValue(value, total, over, period);
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
        return new MeasureValue(value, count, BigDecimal.valueOf(population), period);
    }
}
