package org.caseflow.kpi.measures;

import java.math.BigDecimal;
import org.caseflow.calendar.FinancialYear;
import org.caseflow.kpi.measures.rules.YearProjection;
import org.caseflow.kpi.population.ChildPopulation;
import org.caseflow.kpi.population.PopulationEstimate;
import org.springframework.stereotype.Component;

/**
 * Rates per 10,000 children aged 0-17, over the population estimate for the financial year
 * ({@link ChildPopulation#forYear}). Without an estimate the rate is empty and the count still
 * shown, so a council that has not entered its population yet still sees what was counted.
 */
@Component
public class RatePer10kChildren {

    private final ChildPopulation population;

    RatePer10kChildren(ChildPopulation population) {
        this.population = population;
    }

    /** {@code count} per 10,000 children of {@code year}, scaled by {@code factor} (1 unless projected). */
    public MeasureValue of(long count, BigDecimal factor, FinancialYear year, MeasureValue.Period period) {
        return population.forYear(year)
                .map(PopulationEstimate::population)
                .map(children -> MeasureValue.ratePer10k(count, factor, children, period))
                .orElse(new MeasureValue(null, count, null, period));
    }

    /**
     * The snapshot rate: {@code children} counted at the end of the reporting date per 10,000 children of
     * the financial year it falls in, as KPIs {@code cin-rate} and {@code cp-rate} report their counts.
     */
    public MeasureValue ofChildrenAtReportingDate(long children, ReportingPeriod period) {
        return of(children, BigDecimal.ONE, period.financialYear(), period.atReportingDate());
    }

    /**
     * The annualised rate: {@code yearToDate}, counted from 1 April to the reporting date, times 12 over the
     * months elapsed ({@link YearProjection#factorByMonths}), per 10,000 children of the financial year, as KPIs
     * {@code entering-care-rate} and {@code ceased-care-rate} report their counts. Its period is the year to
     * date, projected.
     */
    public MeasureValue ofYearToDateAnnualisedByMonths(long yearToDate, ReportingPeriod period) {
        FinancialYear year = period.financialYear();
        MeasureValue.Period projected = new MeasureValue.Period(year.start(), period.reportingDate(), MeasureValue.Basis.PROJECTED_YEAR);
        return of(yearToDate, YearProjection.factorByMonths(year, period.reportingDate()), year, projected);
    }
}
