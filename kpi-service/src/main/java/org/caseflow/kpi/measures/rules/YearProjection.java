package org.caseflow.kpi.measures.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.caseflow.calendar.FinancialYear;

/**
 * How a year-to-date count is projected to the whole financial year (docs/statutory-rules.md section
 * 5). The research note names two ways, and a report may ask for either ({@link Method}):
 * <ul>
 *   <li>{@link #factorByMonths}: times 12 over the months elapsed, the reference report's way and the
 *       default: the only one that gives its referral rates and its looked-after rates;</li>
 *   <li>{@link #factor}: times the days in the year over the days elapsed, 1 April being day 1 and a
 *       year with a 29 February having 366 days.</li>
 * </ul>
 * {@link #of} gives either as an exact fraction, so that a rate is divided once, from the exact
 * count, and rounded once.
 */
public final class YearProjection {

    /** Which way a year-to-date count is projected to the whole year. */
    public enum Method {
        /** Times 12 over the months elapsed (the month in progress pro rata): the reference report's way. */
        MONTHS,
        /** Times the days in the year over the days elapsed. */
        DAYS;

        /** How a reader is told which way was used: in the API, on the page and in the downloads. */
        public String description() {
            return switch (this) {
                case MONTHS -> "year to date \u00d7 12 \u00f7 months elapsed (the report's method)";
                case DAYS -> "year to date \u00d7 days in the year \u00f7 days elapsed";
            };
        }
    }

    /** An exact multiplier, {@code times} over {@code over}: kept as a fraction so nothing is rounded before the rate is. */
    public record Factor(long times, long over) {

        public static final Factor ONE = new Factor(1, 1);

        public Factor {
            if (times < 0 || over <= 0) {
                throw new IllegalArgumentException("A projection factor is a positive fraction, not " + times + "/" + over);
            }
        }

        public BigDecimal asDecimal() {
            return BigDecimal.valueOf(times).divide(BigDecimal.valueOf(over), MathContext.DECIMAL128);
        }
    }

    /**
     * What the count from 1 April to {@code reportingDate} is multiplied by, as an exact fraction.
     *
     * @throws IllegalArgumentException when the reporting date is not in {@code year}
     */
    public static Factor of(Method method, FinancialYear year, LocalDate reportingDate) {
        if (!year.contains(reportingDate)) {
            throw new IllegalArgumentException(reportingDate + " is not in the financial year " + year.label());
        }
        return switch (method) {
            case DAYS -> new Factor(year.lengthInDays(), year.daysElapsed(reportingDate));
            case MONTHS -> {
                // 12 over (whole months + days so far / length of the month) = 12 x length / (whole months x length + days so far)
                long wholeMonths = ChronoUnit.MONTHS.between(year.start(), reportingDate.withDayOfMonth(1));
                long length = reportingDate.lengthOfMonth();
                yield new Factor(MONTHS_IN_A_YEAR.longValue() * length, wholeMonths * length + reportingDate.getDayOfMonth());
            }
        };
    }

    private static final BigDecimal MONTHS_IN_A_YEAR = BigDecimal.valueOf(12);

    private YearProjection() {
    }

    /**
     * What the count from 1 April to {@code reportingDate} is multiplied by: days in the year over days elapsed.
     *
     * @throws IllegalArgumentException when the reporting date is not in {@code year}
     */
    public static BigDecimal factor(FinancialYear year, LocalDate reportingDate) {
        return BigDecimal.valueOf(year.lengthInDays())
                .divide(BigDecimal.valueOf(year.daysElapsed(reportingDate)), MathContext.DECIMAL64);
    }

    /**
     * What the count from 1 April to {@code reportingDate} is multiplied by: 12 over the months elapsed
     * ({@link #monthsElapsed}), so 12 at the end of April, 6 at the end of May, 1 at 31 March.
     *
     * @throws IllegalArgumentException when the reporting date is not in {@code year}
     */
    public static BigDecimal factorByMonths(FinancialYear year, LocalDate reportingDate) {
        return MONTHS_IN_A_YEAR.divide(monthsElapsed(year, reportingDate), MathContext.DECIMAL64);
    }

    /**
     * The months of the financial year elapsed at the end of {@code date}: the calendar months from 1 April
     * before {@code date}'s month, and its own month pro rata, its days so far over its length. So a whole
     * number at each month's end (1 at 30 April, 12 at 31 March); on 15 June 2023, 2 + 15/30 = 2.5.
     *
     * @throws IllegalArgumentException when {@code date} is not in {@code year}
     */
    public static BigDecimal monthsElapsed(FinancialYear year, LocalDate date) {
        if (!year.contains(date)) {
            throw new IllegalArgumentException(date + " is not in the financial year " + year.label());
        }
        long wholeMonths = ChronoUnit.MONTHS.between(year.start(), date.withDayOfMonth(1));
        BigDecimal monthSoFar = BigDecimal.valueOf(date.getDayOfMonth())
                .divide(BigDecimal.valueOf(date.lengthOfMonth()), MathContext.DECIMAL64);
        return BigDecimal.valueOf(wholeMonths).add(monthSoFar);
    }
}
