package org.caseflow.kpi.measures;

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

    /** {@code count} per 10,000 children of {@code year}, scaled by {@code factor} ({@code ONE} unless projected). */
    public MeasureValue of(long count, YearProjection.Factor factor, FinancialYear year, MeasureValue.Period period) {
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
        return of(children, YearProjection.Factor.ONE, period.financialYear(), period.atReportingDate());
    }

    /**
     * The projected rate: {@code yearToDate}, counted from 1 April to the reporting date, projected to the whole
     * year by the period's method ({@link YearProjection#of}: times 12 over the months elapsed unless days were
     * asked for), per 10,000 children of the financial year, as KPIs {@code referral-rate},
     * {@code entering-care-rate} and {@code ceased-care-rate} report their counts. Its period is the year to
     * date, projected, and names the method.
     */
    public MeasureValue ofYearToDateProjected(long yearToDate, ReportingPeriod period) {
        FinancialYear year = period.financialYear();
        YearProjection.Factor factor = YearProjection.of(period.projection(), year, period.reportingDate());
        return of(yearToDate, factor, year, period.projectedYear());
    }
}
