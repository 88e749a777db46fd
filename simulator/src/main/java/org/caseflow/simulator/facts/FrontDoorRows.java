package org.caseflow.simulator.facts;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.caseflow.journey.events.JourneyEvent;
import org.caseflow.journey.events.assessment.AssessmentCompleted;
import org.caseflow.journey.events.assessment.ReferralReceived;
import org.caseflow.journey.events.frontdoor.ContactDecided;
import org.caseflow.journey.events.frontdoor.ContactReceived;

/** Contacts (written once decided), referrals and assessments: kpi-service's contacts, referrals and assessments features. */
final class FrontDoorRows implements FactRows {

    /** What the contact's facts hold besides its decision: who made it, how it arrived, a police notification's incident date. */
    private record Received(String laChildId, LocalDate receivedOn, String source, String channel, LocalDate incidentDate) {
    }

    private final FactTables tables;
    private final Map<String, Received> undecided = new LinkedHashMap<>();

    FrontDoorRows(FactTables tables) {
        this.tables = tables;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(ContactReceived.TYPE, ContactDecided.TYPE, ReferralReceived.TYPE, AssessmentCompleted.TYPE);
    }

    @Override
    public void write(JourneyEvent event) {
        switch (event.type()) {
            case ContactReceived.TYPE -> {
                ContactReceived contact = ContactReceived.from(event);
                undecided.putIfAbsent(contact.contactId(), new Received(contact.laChildId(), contact.receivedAt().toLocalDate(),
                        contact.source().name(), contact.channel() == null ? null : contact.channel().name(), contact.incidentDate()));
            }
            case ContactDecided.TYPE -> decided(ContactDecided.from(event));
            case ReferralReceived.TYPE -> {
                ReferralReceived referral = ReferralReceived.from(event);
                tables.referrals.row(referral.referralId(), referral.laChildId(), referral.referralDate());
            }
            case AssessmentCompleted.TYPE -> {
                AssessmentCompleted assessment = AssessmentCompleted.from(event);
                tables.assessments.row(assessment.referralId(), assessment.laChildId(), assessment.startedOn(),
                        assessment.authorisedOn(), assessment.outcome().name());
            }
            default -> throw new IllegalArgumentException("Not a front door or assessment event: " + event.type());
        }
    }

    /** A decision completes its contact; the recorder's update of a contact it never received changes nothing. */
    private void decided(ContactDecided decision) {
        Received contact = undecided.remove(decision.contactId());
        if (contact != null) {
            tables.contacts.row(decision.contactId(), contact.laChildId(), contact.receivedOn(), decision.outcome().name(),
                    decision.decidedOn(), contact.source(), contact.channel(), contact.incidentDate(),
                    decision.referrerFollowUp() == null ? null : decision.referrerFollowUp().name());
        }
    }

    @Override
    public void finish() {
        undecided.forEach((contactId, contact) -> tables.contacts.row(contactId, contact.laChildId(), contact.receivedOn(), null, null,
                contact.source(), contact.channel(), contact.incidentDate(), null));
        undecided.clear();
    }
}
