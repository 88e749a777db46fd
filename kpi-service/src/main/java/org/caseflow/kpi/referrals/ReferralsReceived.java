package org.caseflow.kpi.referrals;

import org.caseflow.kpi.measures.Measure;
import org.caseflow.kpi.measures.MeasureValue;
import org.caseflow.kpi.measures.ReportingPeriod;
import org.springframework.stereotype.Component;

/** KPI {@code referrals}: referrals dated in the month (CIN census CINreferralDate); each referral counts. */
@Component
class ReferralsReceived implements Measure {

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
