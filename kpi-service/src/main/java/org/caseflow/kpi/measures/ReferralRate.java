package org.caseflow.kpi.measures;

import java.math.BigDecimal;
import java.math.MathContext;
import org.caseflow.calendar.FinancialYear;
import org.caseflow.kpi.population.ChildPopulation;
import org.caseflow.kpi.population.PopulationEstimate;
import org.springframework.stereotype.Component;

/**
 * Referrals per 10,000 children, projected to the whole year: referrals in the financial year to
 * date, times the days in the year over the days elapsed, divided by the 0-17 population.
 */
@Component
class ReferralRate implements MeasureRule {

    private final Referrals referrals;
    private final ChildPopulation population;

    ReferralRate(Referrals referrals, ChildPopulation population) {
        this.referrals = referrals;
        this.population = population;
    }

    @Override
    public String measureId() {
        return "referral-rate";
    }

    @Override
    public MeasureValue valueFor(ReportingPeriod period) {
        FinancialYear year = period.financialYear();
        long yearToDate = referrals.between(year.start(), period.reportingDate());
        BigDecimal projection = BigDecimal.valueOf(year.lengthInDays())
                .divide(BigDecimal.valueOf(year.daysElapsed(period.reportingDate())), MathContext.DECIMAL64);
        MeasureValue.Period projected = new MeasureValue.Period(year.start(), period.reportingDate(), MeasureValue.Basis.PROJECTED_YEAR);
        return population.forYear(year)
                .map(PopulationEstimate::population)
                .map(children -> MeasureValue.ratePer10k(yearToDate, projection, children, projected))
                .orElse(new MeasureValue(null, yearToDate, null, projected));
    }
}
