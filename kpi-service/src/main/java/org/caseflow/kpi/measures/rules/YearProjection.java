package org.caseflow.kpi.measures.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import org.caseflow.calendar.FinancialYear;

/**
 * How a year-to-date count is projected to the whole financial year (KPI {@code referral-rate},
 * docs/statutory-rules.md section 5): times the days in the year over the days elapsed, 1 April
 * being day 1 and a year with a 29 February having 366 days.
 */
public final class YearProjection {

    private YearProjection() {
    }

    /**
     * What the count from 1 April to {@code reportingDate} is multiplied by.
     *
     * @throws IllegalArgumentException when the reporting date is not in {@code year}
     */
    public static BigDecimal factor(FinancialYear year, LocalDate reportingDate) {
        return BigDecimal.valueOf(year.lengthInDays())
                .divide(BigDecimal.valueOf(year.daysElapsed(reportingDate)), MathContext.DECIMAL64);
    }
}
