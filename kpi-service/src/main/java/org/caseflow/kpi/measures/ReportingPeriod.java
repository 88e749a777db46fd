package org.caseflow.kpi.measures;

import java.time.LocalDate;
import java.time.YearMonth;
import org.caseflow.calendar.FinancialYear;
import org.caseflow.kpi.measures.rules.YearProjection;

/**
 * The period a month's report covers. The reporting date is the month's last day, or today for
 * the month in progress (the report's "latest" column). Year-to-date measures count from 1 April
 * of the financial year the reporting date falls in; rolling measures over the 12 months to the
 * reporting date. Projected rates project the year to date to the whole year by {@code projection}, the
 * report's method (months) unless a reader asks for days.
 */
public record ReportingPeriod(YearMonth month, LocalDate reportingDate, YearProjection.Method projection) {

    public ReportingPeriod {
        projection = projection == null ? YearProjection.Method.MONTHS : projection;
    }

    /** A period whose projected rates are projected by the report's method. */
    public ReportingPeriod(YearMonth month, LocalDate reportingDate) {
        this(month, reportingDate, YearProjection.Method.MONTHS);
    }

    public static ReportingPeriod of(YearMonth month, LocalDate today) {
        return of(month, today, YearProjection.Method.MONTHS);
    }

    public static ReportingPeriod of(YearMonth month, LocalDate today, YearProjection.Method projection) {
        LocalDate end = month.atEndOfMonth();
        return new ReportingPeriod(month, end.isAfter(today) ? today : end, projection);
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
        return new ReportingPeriod(previous, previous.atEndOfMonth(), projection);
    }

    /** The calendar month: {@code month}. */
    public MeasureValue.Period inMonth() {
        return new MeasureValue.Period(monthStart(), reportingDate, MeasureValue.Basis.MONTH);
    }

    /** The reporting date alone: what stands at its end, for snapshot measures. */
    public MeasureValue.Period atReportingDate() {
        return new MeasureValue.Period(reportingDate, reportingDate, MeasureValue.Basis.SNAPSHOT);
    }

    /** 1 April to the reporting date, projected to the whole year by {@link #projection}. */
    public MeasureValue.Period projectedYear() {
        return new MeasureValue.Period(yearToDateStart(), reportingDate, MeasureValue.Basis.PROJECTED_YEAR, projection);
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
