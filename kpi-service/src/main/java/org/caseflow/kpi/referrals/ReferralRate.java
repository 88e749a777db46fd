package org.caseflow.kpi.referrals;

import org.caseflow.kpi.measures.Measure;
import org.caseflow.kpi.measures.MeasureValue;
import org.caseflow.kpi.measures.RatePer10kChildren;
import org.caseflow.kpi.measures.ReportingPeriod;
import org.caseflow.kpi.measures.rules.YearProjection;
import org.springframework.stereotype.Component;

/**
 * KPI {@code referral-rate}: referrals per 10,000 children, projected to the whole year
 * ({@link YearProjection}: by default times 12 over the months elapsed, as the reference report does, so its
 * 127, 301 and 551 referrals by the ends of April, May and June 2023 are 461, 547 and 667) from the referrals
 * in the financial year to date, over the 0-17 population ({@link RatePer10kChildren}). Without a population
 * estimate the rate is empty and the count still shown.
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
        long yearToDate = referrals.between(period.yearToDateStart(), period.reportingDate());
        return ratePer10kChildren.ofYearToDateProjected(yearToDate, period);
    }
}
