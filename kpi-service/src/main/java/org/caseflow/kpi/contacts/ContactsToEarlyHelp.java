package org.caseflow.kpi.contacts;

import org.caseflow.kpi.contacts.rules.DecisionShare;
import org.caseflow.kpi.measures.Measure;
import org.caseflow.kpi.measures.MeasureValue;
import org.caseflow.kpi.measures.ReportingPeriod;
import org.springframework.stereotype.Component;

/**
 * KPI {@code contacts-to-early-help}: of the contacts received in the month that have a decision, those
 * the front door decided as Early Help, by the rule {@link DecisionShare#toEarlyHelp}. It counts the
 * front door's decisions: Early Help episodes that start otherwise (a step-down, a partner's request)
 * are not contacts, and a step-up asked for by Early Help is a contact like any other.
 */
@Component
class ContactsToEarlyHelp implements Measure {

    private final Contacts contacts;

    ContactsToEarlyHelp(Contacts contacts) {
        this.contacts = contacts;
    }

    @Override
    public String measureId() {
        return "contacts-to-early-help";
    }

    @Override
    public MeasureValue valueFor(ReportingPeriod period) {
        DecisionShare.Share share = DecisionShare.toEarlyHelp(
                contacts.receivedBetweenByOutcome(period.monthStart(), period.reportingDate()));
        return MeasureValue.percentage(share.decidedThatWay(), share.decided(), period.inMonth());
    }
}
