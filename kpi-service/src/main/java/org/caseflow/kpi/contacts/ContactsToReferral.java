package org.caseflow.kpi.contacts;

import org.caseflow.kpi.contacts.rules.DecisionShare;
import org.caseflow.kpi.measures.Measure;
import org.caseflow.kpi.measures.MeasureValue;
import org.caseflow.kpi.measures.ReportingPeriod;
import org.springframework.stereotype.Component;

/**
 * KPI {@code contacts-to-referral}: of the contacts decided in the month, those whose decision opened a
 * referral (a referral, or an immediate strategy discussion), by the rule {@link DecisionShare#toAReferral}.
 * Counted by the decision's date, however long before the contact was received.
 */
@Component
class ContactsToReferral implements Measure {

    private final Contacts contacts;

    ContactsToReferral(Contacts contacts) {
        this.contacts = contacts;
    }

    @Override
    public String measureId() {
        return "contacts-to-referral";
    }

    @Override
    public MeasureValue valueFor(ReportingPeriod period) {
        DecisionShare.Share share = DecisionShare.toAReferral(
                contacts.decidedBetweenByOutcome(period.monthStart(), period.reportingDate()));
        return MeasureValue.percentage(share.decidedThatWay(), share.decided(), period.inMonth());
    }
}
