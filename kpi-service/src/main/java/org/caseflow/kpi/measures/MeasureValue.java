package org.caseflow.kpi.measures;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.caseflow.kpi.measures.rules.YearProjection;

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
 * @param exact       the value before any rounding (to 34 significant digits, which no fraction of counts
 *                    this service holds can turn into a different whole number or tenth): {@code value} and
 *                    {@link #shown} are each rounded once from it, never one from the other, so that 84.45%
 *                    is 84.5 to one place and 84 whole, not 85 (docs/statutory-rules.md section 5, "Values")
 */
public record MeasureValue(BigDecimal value, long numerator, BigDecimal denominator, Period period, Map<String, Long> breakdown,
        @JsonIgnore BigDecimal exact) {

    private static final MathContext EXACT = MathContext.DECIMAL128;

    public MeasureValue {
        breakdown = breakdown == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(breakdown));
        exact = exact == null ? value : exact;
    }

    /** A value that is exact as it is: a count, or none. */
    public MeasureValue(BigDecimal value, long numerator, BigDecimal denominator, Period period, Map<String, Long> breakdown) {
        this(value, numerator, denominator, period, breakdown, value);
    }

    /** A value that is exact as it is and not broken down. */
    public MeasureValue(BigDecimal value, long numerator, BigDecimal denominator, Period period) {
        this(value, numerator, denominator, period, null, value);
    }

    /** A value computed from {@code exact}, kept to one decimal place (DfE). */
    private static MeasureValue fromExact(BigDecimal exact, long numerator, BigDecimal denominator, Period period) {
        BigDecimal oneDecimalPlace = exact == null ? null : exact.setScale(1, RoundingMode.HALF_UP);
        return new MeasureValue(oneDecimalPlace, numerator, denominator, period, null, exact);
    }

    /**
     * The value as the report shows it, a whole number rounded half up once from the exact value: what RAG
     * ratings and direction of travel judge, and what the report page shows. Empty when there is no value.
     */
    @JsonProperty("shown")
    public BigDecimal shown() {
        return exact == null ? null : asShown(exact);
    }

    /** An exact value as the report shows it: a whole number, half up. Never given a value already rounded. */
    static BigDecimal asShown(BigDecimal exact) {
        return exact.setScale(0, RoundingMode.HALF_UP);
    }

    /**
     * What the value counts: what is dated in the month, in the financial year to date, the year to
     * date projected to the whole year, in the 12 months to the reporting date, or what stands at the
     * end of the reporting date (a snapshot, such as the children on a plan that day).
     */
    public enum Basis { MONTH, YEAR_TO_DATE, PROJECTED_YEAR, ROLLING_12_MONTHS, SNAPSHOT }

    /**
     * @param projection for a projected year ({@link Basis#PROJECTED_YEAR}), which way the year to date was
     *                   projected to the whole year; absent otherwise
     */
    public record Period(LocalDate from, LocalDate to, Basis basis,
            @JsonInclude(JsonInclude.Include.NON_NULL) YearProjection.Method projection) {

        public Period(LocalDate from, LocalDate to, Basis basis) {
            this(from, to, basis, null);
        }
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
        BigDecimal exact = denominator == 0 ? null
                : BigDecimal.valueOf(numerator * 100L).divide(BigDecimal.valueOf(denominator), EXACT);
        return fromExact(exact, numerator, BigDecimal.valueOf(denominator), period);
    }

    /**
     * {@code total} shared over {@code over}, to one decimal place: an average per full-time worker, whose
     * full-time equivalents need not add up to a whole number. Empty when there is nothing to share it over.
     */
    public static MeasureValue average(long total, BigDecimal over, Period period) {
        BigDecimal exact = over.signum() == 0 ? null : BigDecimal.valueOf(total).divide(over, EXACT);
        return fromExact(exact, total, over, period);
    }

    /**
     * {@code count} per 10,000 of {@code population}, scaled by {@code factor} ({@link YearProjection.Factor#ONE}
     * unless projected), divided once: count x times x 10,000 over (over x population). Measures ask
     * {@link RatePer10kChildren}, which finds the population and does without one.
     */
    static MeasureValue ratePer10k(long count, YearProjection.Factor factor, long population, Period period) {
        BigDecimal exact = BigDecimal.valueOf(count).multiply(BigDecimal.valueOf(factor.times())).multiply(BigDecimal.valueOf(10_000))
                .divide(BigDecimal.valueOf(factor.over()).multiply(BigDecimal.valueOf(population)), EXACT);
        return fromExact(exact, count, BigDecimal.valueOf(population), period);
    }
}
