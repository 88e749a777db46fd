package org.caseflow.casework.feed;

import static org.caseflow.journey.events.JourneyData.*;

import java.time.LocalDate;
import org.caseflow.casework.audit.AuditTrail;
import org.caseflow.casework.child.ChildRecords;
import org.caseflow.casework.chronology.Chronology;
import org.caseflow.casework.contact.ContactRecords;
import org.caseflow.casework.episode.EpisodeRecords;
import org.caseflow.journey.events.AssessmentOutcome;
import org.caseflow.journey.events.BusinessDates;
import org.caseflow.journey.events.ContactOutcome;
import org.caseflow.journey.events.JourneyEvent;
import org.caseflow.journey.events.JourneyEventType;
import org.caseflow.support.feed.JourneyEventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Turns journey events into the case record: children, contacts, episodes, assessments,
 * allocations and the chronology, each change audited with who made it and in which request
 * (Tasklist completions included). Every write is keyed, so a replayed event changes nothing.
 */
@Component
class CaseRecordProjection implements JourneyEventHandler {

    private static final Logger log = LoggerFactory.getLogger(CaseRecordProjection.class);

    private final ChildRecords children;
    private final ContactRecords contacts;
    private final EpisodeRecords episodes;
    private final Chronology chronology;
    private final AuditTrail audit;

    CaseRecordProjection(ChildRecords children, ContactRecords contacts, EpisodeRecords episodes, Chronology chronology,
            AuditTrail audit) {
        this.children = children;
        this.contacts = contacts;
        this.episodes = episodes;
        this.chronology = chronology;
        this.audit = audit;
    }

    @Override
    public void apply(JourneyEvent event) {
        if (event.laChildId() == null) {
            log.warn("Journey event {} ({}) names no child; it is not part of a case record", event.eventId(), event.type());
            return;
        }
        children.ensure(event.laChildId());
        String summary = switch (event.type()) {
            case JourneyEventType.CONTACT_RECEIVED -> contactReceived(event);
            case JourneyEventType.CONTACT_DECIDED -> contactDecided(event);
            // what the timer knows is that nothing was recorded in time; a decision recorded later
            // may still be dated within the timescale, and the chronology must not contradict it
            case JourneyEventType.CONTACT_DECISION_OVERDUE ->
                    "No decision on contact " + event.contactId() + " had been recorded by the end of its due day ("
                            + event.dueOn() + ", 1 working day); escalated to the front-door managers.";
            case JourneyEventType.REFERRAL_RECEIVED -> referralReceived(event);
            case JourneyEventType.SOCIAL_WORKER_ALLOCATED -> allocated(event);
            case JourneyEventType.ASSESSMENT_COMPLETED -> assessmentCompleted(event);
            case JourneyEventType.ASSESSMENT_OVERDUE ->
                    "No authorised child and family assessment for referral " + event.referralId()
                            + " had been recorded by the end of its due day (" + event.dueOn() + ", 45 working days); escalated to the team managers.";
            case JourneyEventType.OVERDUE_CONTACT_DECISION_REVIEWED, JourneyEventType.OVERDUE_ASSESSMENT_REVIEWED ->
                    "A manager reviewed the missed timescale: " + event.text(MANAGER_ACTION).orElse("(no action recorded)");
            default -> null;
        };
        if (summary == null) {
            log.debug("Journey event type {} is not part of the case record yet", event.type());
            return;
        }
        LocalDate occurredOn = event.occurredOn() != null ? event.occurredOn() : BusinessDates.dateOf(event.recordedAt());
        chronology.add(event.eventId(), event.position(), event.laChildId(), occurredOn, event.recordedAt(), event.type(), summary, event.worker());
        audit.recordChange(event.eventId(), event.worker(), event.type(), event.laChildId(), event.correlationId(), summary);
    }

    private String contactReceived(JourneyEvent event) {
        // who the child is comes from the record once known; the contact only fills what it lacks
        children.recordDetails(event.laChildId(), event.text(CHILD_GIVEN_NAME).orElse(null),
                event.text(CHILD_FAMILY_NAME).orElse(null), event.date(CHILD_DATE_OF_BIRTH).orElse(null),
                event.date(CHILD_EXPECTED_DATE_OF_BIRTH).orElse(null));
        String source = event.text(CONTACT_SOURCE).orElse("OTHER");
        contacts.received(event.contactId(), event.laChildId(),
                BusinessDates.parseDateTime(event.text(CONTACT_RECEIVED_AT).orElseThrow()).toLocalDateTime(),
                source, event.text(CONTACT_REASON).orElse(null), event.dueOn());
        return "Contact " + event.contactId() + " received from " + Labels.source(source) + ": "
                + event.text(CONTACT_REASON).orElse("") + " Decision due " + event.dueOn() + ".";
    }

    private String contactDecided(JourneyEvent event) {
        ContactOutcome outcome = ContactOutcome.valueOf(event.text(CONTACT_OUTCOME).orElseThrow());
        contacts.decided(event.contactId(), outcome.name(), event.occurredOn(), event.worker(),
                event.text(DECISION_RATIONALE).orElse(null));
        if (outcome == ContactOutcome.EARLY_HELP) {
            episodes.opened("EH-" + event.contactId(), event.laChildId(), EpisodeRecords.EARLY_HELP, event.occurredOn(),
                    null, event.contactId());
        }
        String team = outcome == ContactOutcome.REFERRAL ? " to " + event.text(ASSESSMENT_TEAM).orElse("?") : "";
        return "Front-door decision on contact " + event.contactId() + ": " + Labels.outcome(outcome) + team + ". "
                + event.text(DECISION_RATIONALE).orElse("");
    }

    private String referralReceived(JourneyEvent event) {
        String team = event.text(ASSESSMENT_TEAM).orElse(event.team());
        episodes.opened(event.referralId(), event.laChildId(), EpisodeRecords.CHILD_IN_NEED, event.occurredOn(), team,
                event.contactId());
        episodes.assessmentDue(event.referralId(), event.laChildId(), event.dueOn());
        return "Referral " + event.referralId() + " opened a child in need episode with " + team
                + "; the child and family assessment is due " + event.dueOn() + ".";
    }

    private String allocated(JourneyEvent event) {
        String worker = event.text(ALLOCATED_WORKER).orElseThrow();
        episodes.allocated(event.eventId(), event.laChildId(), event.referralId(), worker, event.team(), event.occurredOn());
        return "Allocated to " + worker + " (" + event.team() + ") for referral " + event.referralId() + ".";
    }

    private String assessmentCompleted(JourneyEvent event) {
        AssessmentOutcome outcome = AssessmentOutcome.valueOf(event.text(ASSESSMENT_OUTCOME).orElseThrow());
        LocalDate authorised = event.occurredOn();
        episodes.assessmentAuthorised(event.referralId(), event.date(ASSESSMENT_START_DATE).orElse(null), authorised,
                outcome.name(), event.text(ASSESSMENT_SUMMARY).orElse(null), event.text(LATE_REASON).orElse(null),
                event.worker());
        if (outcome == AssessmentOutcome.NO_FURTHER_ACTION) {
            episodes.closed(event.referralId(), authorised, outcome.name());
        } else if (outcome == AssessmentOutcome.STEP_DOWN_TO_EARLY_HELP) {
            episodes.closed(event.referralId(), authorised, outcome.name());
            episodes.opened("EH-" + event.referralId(), event.laChildId(), EpisodeRecords.EARLY_HELP, authorised, null,
                    event.contactId());
        }
        boolean inTime = event.dueOn() == null || !authorised.isAfter(event.dueOn());
        return "Child and family assessment for referral " + event.referralId() + " authorised: " + Labels.outcome(outcome)
                + ". " + (inTime ? "Within" : "Outside") + " 45 working days (due " + event.dueOn() + ").";
    }
}
