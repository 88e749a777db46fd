package org.caseflow.kpi.referrals;

import java.math.BigDecimal;
import org.caseflow.calendar.FinancialYear;
import org.caseflow.kpi.measures.Measure;
import org.caseflow.kpi.measures.MeasureValue;
import org.caseflow.kpi.measures.ReportingPeriod;
import org.caseflow.kpi.measures.rules.YearProjection;
import org.caseflow.kpi.population.ChildPopulation;
import org.caseflow.kpi.population.PopulationEstimate;
import org.springframework.stereotype.Component;

/**
 * KPI {@code referral-rate}: referrals per 10,000 children, projected to the whole year
 * ({@link YearProjection}) from the referrals in the financial year to date, over the 0-17
 * population. Without a population estimate the rate is empty and the count still shown.
 */
@Component
class ReferralRate implements Measure {

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
        BigDecimal projection = YearProjection.factor(year, period.reportingDate());
        MeasureValue.Period projected = new MeasureValue.Period(year.start(), period.reportingDate(), MeasureValue.Basis.PROJECTED_YEAR);
        return population.forYear(year)
                .map(PopulationEstimate::population)
                .map(children -> MeasureValue.ratePer10k(yearToDate, projection, children, projected))
                .orElse(new MeasureValue(null, yearToDate, null, projected));
    }
}
