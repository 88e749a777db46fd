package org.caseflow.kpi.measures;

import org.springframework.stereotype.Component;

/**
 * Referrals in the financial year to date whose child had another referral in the 12 months
 * before, over referrals in the year to date (DfE referral-based definition).
 */
@Component
class ReReferralRate implements MeasureRule {

    private final Referrals referrals;

    ReReferralRate(Referrals referrals) {
        this.referrals = referrals;
    }

    @Override
    public String measureId() {
        return "re-referral-rate";
    }

    @Override
    public MeasureValue valueFor(ReportingPeriod period) {
        return rate(period.yearToDateStart(), period, period.yearToDate());
    }

    @Override
    public MeasureValue inMonth(ReportingPeriod period) {
        return rate(period.monthStart(), period, period.inMonth());
    }

    private MeasureValue rate(java.time.LocalDate from, ReportingPeriod period, MeasureValue.Period reported) {
        return MeasureValue.percentage(referrals.reReferralsBetween(from, period.reportingDate()),
                referrals.between(from, period.reportingDate()), reported);
    }
}
