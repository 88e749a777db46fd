package org.caseflow.casework.contact;

import java.util.Set;
import org.caseflow.casework.child.ChildRecords;
import org.caseflow.casework.contact.rules.FrontDoorFollowUp;
import org.caseflow.casework.feed.CaseRecordHandler;
import org.caseflow.journey.events.JourneyEvent;
import org.caseflow.journey.events.earlyhelp.EarlyHelpData;
import org.caseflow.journey.events.frontdoor.ContactDecided;
import org.caseflow.journey.events.frontdoor.ContactReceived;
import org.caseflow.journey.events.frontdoor.ContactSource;
import org.caseflow.journey.events.frontdoor.EmergencyActionTaken;
import org.caseflow.journey.events.frontdoor.FrontDoorData;
import org.caseflow.journey.events.frontdoor.HandedOverToFrontDoor;
import org.caseflow.journey.events.frontdoor.ReferrerFollowUp;
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
        return Set.of(ContactReceived.TYPE, ContactDecided.TYPE, EmergencyActionTaken.TYPE, HandedOverToFrontDoor.TYPE);
    }

    @Override
    public String apply(JourneyEvent event) {
        return switch (event.type()) {
            case ContactReceived.TYPE -> received(event, ContactReceived.from(event));
            case ContactDecided.TYPE -> decided(ContactDecided.from(event));
            case EmergencyActionTaken.TYPE -> emergencyAction(EmergencyActionTaken.from(event));
            case HandedOverToFrontDoor.TYPE -> handedOver(HandedOverToFrontDoor.from(event));
            default -> throw new IllegalArgumentException("Not a front-door event: " + event.type());
        };
    }

    private String received(JourneyEvent event, ContactReceived contact) {
        // who the child is comes from the record once known; the contact only fills what it lacks
        children.recordDetails(contact.laChildId(), contact.givenName(), contact.familyName(), contact.dateOfBirth(),
                contact.expectedDateOfBirth());
        boolean outOfHours = event.flag(FrontDoorData.OUT_OF_HOURS);
        contacts.received(contact, outOfHours);
        String channel = contact.channel() == null ? "" : " " + contact.channel().label();
        String incident = contact.incidentDate() == null ? "" : " A notification of an incident on " + contact.incidentDate() + ", "
                + FrontDoorFollowUp.daysBetween(contact.incidentDate(), contact.receivedAt().toLocalDate()) + " days before it arrived.";
        String emergencyDuty = outOfHours ? " Recorded out of hours by the emergency duty team." : "";
        return "Contact " + contact.contactId() + " received from " + contact.source().label() + channel + stepUpFrom(event, contact)
                + ": " + contact.reason() + " Decision due " + contact.decisionDueOn() + "." + incident + emergencyDuty;
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
                + decision.rationale() + delays(decision) + referrer(decision);
    }

    /** How long it took, in calendar days, from the contact's arrival and from a police notification's incident. */
    private String delays(ContactDecided decision) {
        return contacts.arrival(decision.contactId()).map(arrival -> {
            String fromIncident = arrival.incidentDate() == null ? ""
                    : ", " + FrontDoorFollowUp.daysBetween(arrival.incidentDate(), decision.decidedOn()) + " days after the incident";
            return " Decided " + FrontDoorFollowUp.daysBetween(arrival.receivedOn(), decision.decidedOn()) + " days after the contact"
                    + " arrived" + fromIncident + "." + (FrontDoorFollowUp.closedWithoutFollowUp(arrival.channel(), decision.outcome(),
                    decision.referrerFollowUp()) ? " A written contact closed without the referrer being told." : "");
        }).orElse("");
    }

    private static String referrer(ContactDecided decision) {
        if (decision.referrerFollowUp() == ReferrerFollowUp.TOLD) {
            return " The referrer was told " + decision.referrerToldHow() + " on " + decision.referrerToldOn() + ".";
        }
        if (decision.referrerFollowUp() == ReferrerFollowUp.NOT_TOLD) {
            return " The referrer was not told: " + decision.referrerNotToldReason();
        }
        return "";
    }

    private String emergencyAction(EmergencyActionTaken action) {
        contacts.emergencyAction(action);
        return "Out of hours, the emergency duty team took emergency action on contact " + action.contactId() + ": "
                + action.action().label() + ". " + action.detail();
    }

    private String handedOver(HandedOverToFrontDoor handOver) {
        contacts.handedOver(handOver);
        return "The emergency duty team handed contact " + handOver.contactId() + " over to the front door: " + handOver.note()
                + " The front door's decision is due " + handOver.dueOn() + ", counted from the contact's arrival.";
    }
}
