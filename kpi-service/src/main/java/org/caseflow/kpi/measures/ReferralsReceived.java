package org.caseflow.kpi.measures;

import org.springframework.stereotype.Component;

/** Referrals dated in the month (CIN census CINreferralDate); each referral counts. */
@Component
class ReferralsReceived implements MeasureRule {

    private final Referrals referrals;

    ReferralsReceived(Referrals referrals) {
        this.referrals = referrals;
    }

    @Override
    public String measureId() {
        return "referrals";
    }

    @Override
    public MeasureValue valueFor(ReportingPeriod period) {
        return MeasureValue.count(referrals.between(period.monthStart(), period.reportingDate()), period.inMonth());
    }
}
