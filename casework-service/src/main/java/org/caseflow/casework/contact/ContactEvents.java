package org.caseflow.casework.contact;

import java.util.Set;
import org.caseflow.casework.child.ChildRecords;
import org.caseflow.casework.episode.EpisodeRecords;
import org.caseflow.casework.feed.CaseRecordHandler;
import org.caseflow.journey.events.JourneyEvent;
import org.caseflow.journey.events.frontdoor.ContactDecided;
import org.caseflow.journey.events.frontdoor.ContactOutcome;
import org.caseflow.journey.events.frontdoor.ContactReceived;
import org.springframework.stereotype.Component;

/** The front door's events: each contact received, and what was decided on it. */
@Component
class ContactEvents implements CaseRecordHandler {

    private final ChildRecords children;
    private final ContactRecords contacts;
    private final EpisodeRecords episodes;

    ContactEvents(ChildRecords children, ContactRecords contacts, EpisodeRecords episodes) {
        this.children = children;
        this.contacts = contacts;
        this.episodes = episodes;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(ContactReceived.TYPE, ContactDecided.TYPE);
    }

    @Override
    public String apply(JourneyEvent event) {
        return switch (event.type()) {
            case ContactReceived.TYPE -> received(ContactReceived.from(event));
            case ContactDecided.TYPE -> decided(event.laChildId(), ContactDecided.from(event));
            default -> throw new IllegalArgumentException("Not a front-door event: " + event.type());
        };
    }

    private String received(ContactReceived contact) {
        // who the child is comes from the record once known; the contact only fills what it lacks
        children.recordDetails(contact.laChildId(), contact.givenName(), contact.familyName(), contact.dateOfBirth(),
                contact.expectedDateOfBirth());
        contacts.received(contact);
        return "Contact " + contact.contactId() + " received from " + contact.source().label() + ": " + contact.reason()
                + " Decision due " + contact.decisionDueOn() + ".";
    }

    private String decided(String laChildId, ContactDecided decision) {
        contacts.decided(decision);
        if (decision.outcome() == ContactOutcome.EARLY_HELP) {
            episodes.openEarlyHelp("EH-" + decision.contactId(), laChildId, decision.decidedOn(), decision.contactId());
        }
        String team = decision.outcome().opensAReferral() && decision.assessmentTeam() != null
                ? " to " + decision.assessmentTeam() : "";
        return "Front-door decision on contact " + decision.contactId() + ": " + decision.outcome().label() + team + ". "
                + decision.rationale();
    }
}
