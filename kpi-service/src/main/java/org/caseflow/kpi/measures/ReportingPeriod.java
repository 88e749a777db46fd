package org.caseflow.kpi.measures;

import java.time.LocalDate;
import java.time.YearMonth;
import org.caseflow.calendar.FinancialYear;

/**
 * The period a month's report covers. The reporting date is the month's last day, or today for
 * the month in progress (the report's "latest" column). Year-to-date measures count from 1 April
 * of the financial year the reporting date falls in; rolling measures over the 12 months to the
 * reporting date.
 */
public record ReportingPeriod(YearMonth month, LocalDate reportingDate) {

    public static ReportingPeriod of(YearMonth month, LocalDate today) {
        LocalDate end = month.atEndOfMonth();
        return new ReportingPeriod(month, end.isAfter(today) ? today : end);
    }

    public LocalDate monthStart() {
        return month.atDay(1);
    }

    public FinancialYear financialYear() {
        return FinancialYear.containing(reportingDate);
    }

    public LocalDate yearToDateStart() {
        return financialYear().start();
    }

    public ReportingPeriod previous() {
        YearMonth previous = month.minusMonths(1);
        return new ReportingPeriod(previous, previous.atEndOfMonth());
    }

    /** The calendar month: {@code month}. */
    public MeasureValue.Period inMonth() {
        return new MeasureValue.Period(monthStart(), reportingDate, MeasureValue.Basis.MONTH);
    }

    /** The reporting date alone: what stands at its end, for snapshot measures. */
    public MeasureValue.Period atReportingDate() {
        return new MeasureValue.Period(reportingDate, reportingDate, MeasureValue.Basis.SNAPSHOT);
    }

    /** 1 April to the reporting date. */
    public MeasureValue.Period yearToDate() {
        return new MeasureValue.Period(yearToDateStart(), reportingDate, MeasureValue.Basis.YEAR_TO_DATE);
    }

    /**
     * The 12 months to the reporting date: from the day after the same day 12 calendar months before
     * it (months as {@link LocalDate#minusMonths}: to 29 February 2024 runs from 1 March 2023; to
     * 28 February 2025 from 29 February 2024).
     */
    public MeasureValue.Period rollingYear() {
        return new MeasureValue.Period(reportingDate.minusMonths(12).plusDays(1), reportingDate, MeasureValue.Basis.ROLLING_12_MONTHS);
    }
}
