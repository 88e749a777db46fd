package org.caseflow.kpi.measures.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.caseflow.calendar.FinancialYear;

/**
 * How a year-to-date count is projected to the whole financial year (docs/statutory-rules.md section
 * 5). The research note names two ways, and each measure says which it uses:
 * <ul>
 *   <li>{@link #factor}: times the days in the year over the days elapsed, 1 April being day 1 and a
 *       year with a 29 February having 366 days (KPI {@code referral-rate});</li>
 *   <li>{@link #factorByMonths}: times 12 over the months elapsed (KPIs {@code entering-care-rate} and
 *       {@code ceased-care-rate}, the only way that gives the reference report's looked-after rates).</li>
 * </ul>
 */
public final class YearProjection {

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
