package org.caseflow.kpi.referrals;

import java.time.LocalDate;
import org.caseflow.kpi.measures.MeasureValue;
import org.caseflow.kpi.measures.YearToDateMeasure;
import org.caseflow.kpi.referrals.rules.ReReferrals;
import org.springframework.stereotype.Component;

/**
 * KPI {@code re-referral-rate}: referrals in the financial year to date that are re-referrals by
 * the rule {@link ReReferrals}, over referrals in the year to date (DfE referral-based
 * definition); and the same for the month alone.
 */
@Component
class ReReferralRate implements YearToDateMeasure {

    private final Referrals referrals;

    ReReferralRate(Referrals referrals) {
        this.referrals = referrals;
    }

    @Override
    public String measureId() {
        return "re-referral-rate";
    }

    @Override
    public MeasureValue valueBetween(LocalDate from, LocalDate to, MeasureValue.Period reported) {
        ReReferrals.Count count = ReReferrals.count(from, to, referrals.withLookBack(from, to));
        return MeasureValue.percentage(count.reReferrals(), count.referrals(), reported);
    }
}
