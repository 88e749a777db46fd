package org.caseflow.casework.contact;

import java.util.Set;
import org.caseflow.casework.child.ChildRecords;
import org.caseflow.casework.feed.CaseRecordHandler;
import org.caseflow.journey.events.JourneyEvent;
import org.caseflow.journey.events.earlyhelp.EarlyHelpData;
import org.caseflow.journey.events.frontdoor.ContactDecided;
import org.caseflow.journey.events.frontdoor.ContactReceived;
import org.caseflow.journey.events.frontdoor.ContactSource;
import org.springframework.stereotype.Component;

/** The front door's events: each contact received, and what was decided on it. */
@Component
class ContactEvents implements CaseRecordHandler {

    private final ChildRecords children;
    private final ContactRecords contacts;

    ContactEvents(ChildRecords children, ContactRecords contacts) {
        this.children = children;
        this.contacts = contacts;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(ContactReceived.TYPE, ContactDecided.TYPE);
    }

    @Override
    public String apply(JourneyEvent event) {
        return switch (event.type()) {
            case ContactReceived.TYPE -> received(event, ContactReceived.from(event));
            case ContactDecided.TYPE -> decided(ContactDecided.from(event));
            default -> throw new IllegalArgumentException("Not a front-door event: " + event.type());
        };
    }

    private String received(JourneyEvent event, ContactReceived contact) {
        // who the child is comes from the record once known; the contact only fills what it lacks
        children.recordDetails(contact.laChildId(), contact.givenName(), contact.familyName(), contact.dateOfBirth(),
                contact.expectedDateOfBirth());
        contacts.received(contact);
        return "Contact " + contact.contactId() + " received from " + contact.source().label() + stepUpFrom(event, contact)
                + ": " + contact.reason() + " Decision due " + contact.decisionDueOn() + ".";
    }

    /**
     * A step-up reaches the front door as a contact from Early Help naming its episode. The
     * contact's reader does not carry the episode (it is a fact of Early Help's journey), so it is
     * read by Early Help's own key.
     */
    private static String stepUpFrom(JourneyEvent event, ContactReceived contact) {
        if (contact.source() != ContactSource.EARLY_HELP) {
            return "";
        }
        return ", asking children's social care to step up from "
                + event.text(EarlyHelpData.EH_EPISODE_ID).map(id -> "Early Help episode " + id).orElse("an Early Help episode");
    }

    /**
     * An Early Help decision opens no episode here: the front door starts the Early Help journey,
     * whose own event opens it, with its id.
     */
    private String decided(ContactDecided decision) {
        contacts.decided(decision);
        String team = decision.outcome().opensAReferral() && decision.assessmentTeam() != null
                ? " to " + decision.assessmentTeam() : "";
        return "Front-door decision on contact " + decision.contactId() + ": " + decision.outcome().label() + team + ". "
                + decision.rationale();
    }
}
