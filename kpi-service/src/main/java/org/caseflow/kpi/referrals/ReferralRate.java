package org.caseflow.kpi.referrals;

import java.math.BigDecimal;
import org.caseflow.calendar.FinancialYear;
import org.caseflow.kpi.measures.Measure;
import org.caseflow.kpi.measures.MeasureValue;
import org.caseflow.kpi.measures.RatePer10kChildren;
import org.caseflow.kpi.measures.ReportingPeriod;
import org.caseflow.kpi.measures.rules.YearProjection;
import org.springframework.stereotype.Component;

/**
 * KPI {@code referral-rate}: referrals per 10,000 children, projected to the whole year
 * ({@link YearProjection}) from the referrals in the financial year to date, over the 0-17
 * population ({@link RatePer10kChildren}). Without a population estimate the rate is empty and the
 * count still shown.
 */
@Component
class ReferralRate implements Measure {

    private final Referrals referrals;
    private final RatePer10kChildren ratePer10kChildren;

    ReferralRate(Referrals referrals, RatePer10kChildren ratePer10kChildren) {
        this.referrals = referrals;
        this.ratePer10kChildren = ratePer10kChildren;
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
        return ratePer10kChildren.of(yearToDate, projection, year, projected);
    }
}
