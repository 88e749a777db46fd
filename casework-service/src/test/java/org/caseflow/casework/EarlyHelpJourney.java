package org.caseflow.casework;

import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.EH_ASSESSMENT_DATE;
import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.EH_CLOSURE;
import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.EH_EPISODE_ID;
import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.EH_LEAD_PRACTITIONER;
import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.EH_ORIGIN;
import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.EH_REQUESTED_BY;
import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.EH_REQUEST_REASON;
import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.EH_REVIEW_DATE;
import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.EH_REVIEW_DECISION;
import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.EH_START_DATE;
import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.EH_STEPPED_DOWN_FROM;
import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.EH_TRANSFER_ACCEPTED_DATE;
import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.STEP_UP_ACCEPTED;
import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.STEP_UP_CONTACT_ID;
import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.STEP_UP_DECIDED_DATE;
import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.STEP_UP_REASON;
import static org.caseflow.journey.events.escalation.EscalationData.ESCALATION;
import static org.caseflow.journey.events.escalation.EscalationData.MANAGER_ACTION;
import static org.caseflow.journey.events.escalation.EscalationData.TIMESCALE;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.caseflow.journey.events.JourneyData;
import org.caseflow.journey.events.JourneyEvent;
import org.caseflow.journey.events.earlyhelp.EarlyHelpAssessmentCompleted;
import org.caseflow.journey.events.earlyhelp.EarlyHelpEpisodeClosed;
import org.caseflow.journey.events.earlyhelp.EarlyHelpEpisodeStarted;
import org.caseflow.journey.events.earlyhelp.EarlyHelpReviewDue;
import org.caseflow.journey.events.earlyhelp.EarlyHelpReviewHeld;
import org.caseflow.journey.events.earlyhelp.EarlyHelpTransferAccepted;
import org.caseflow.journey.events.earlyhelp.StepUpDecided;
import org.caseflow.journey.events.frontdoor.ContactReceived;
import org.caseflow.journey.events.frontdoor.FrontDoorData;
import org.caseflow.testsupport.FeedStub;

/**
 * Publishes one child's Early Help episode to a {@link FeedStub}, shaped as the event contract
 * reads them: no referral on the envelope (Early Help events carry none), the contact that started
 * the child's journey, the episode's id in the data, team {@code early-help}. Also the contact a
 * step-up becomes at the front door, as the front door publishes it. Due dates are the test's.
 */
public final class EarlyHelpJourney {

    public static final String TEAM = "early-help";

    private final FeedStub feed;
    private final String laChildId;
    private final String contactId;
    private final String ehEpisodeId;

    private EarlyHelpJourney(FeedStub feed, String laChildId, String contactId, String ehEpisodeId) {
        this.feed = feed;
        this.laChildId = laChildId;
        this.contactId = contactId;
        this.ehEpisodeId = ehEpisodeId;
    }

    /** The events of episode {@code ehEpisodeId}, in the journey of contact {@code contactId}. */
    public static EarlyHelpJourney of(FeedStub feed, String laChildId, String contactId, String ehEpisodeId) {
        return new EarlyHelpJourney(feed, laChildId, contactId, ehEpisodeId);
    }

    /** The front door decided on Early Help: the assessment is due by {@code assessmentDue} (T24). */
    public JourneyEvent startedAtTheFrontDoor(LocalDate on, LocalDate assessmentDue) {
        return started(on, assessmentDue, Map.of(EH_ORIGIN, "FRONT_DOOR"));
    }

    /** Social care stepped down from {@code from} (a REF-, CIN- or CPP- id): the transfer is due by {@code transferDue} (T26). */
    public JourneyEvent steppedDown(String origin, String from, LocalDate on, LocalDate transferDue) {
        return started(on, transferDue, Map.of(EH_ORIGIN, origin, EH_STEPPED_DOWN_FROM, from));
    }

    public JourneyEvent partnerRequest(String requestedBy, String reason, LocalDate on, LocalDate assessmentDue) {
        return started(on, assessmentDue, Map.of(EH_ORIGIN, "PARTNER_REQUEST", EH_REQUESTED_BY, requestedBy,
                EH_REQUEST_REASON, reason));
    }

    public JourneyEvent transferAccepted(LocalDate on, LocalDate dueOn, String leadPractitioner) {
        return publish(EarlyHelpTransferAccepted.TYPE, on, dueOn, "eh.manager", Map.of(EH_TRANSFER_ACCEPTED_DATE, on.toString(),
                EH_LEAD_PRACTITIONER, leadPractitioner));
    }

    public JourneyEvent assessmentCompleted(LocalDate on, LocalDate dueOn) {
        return publish(EarlyHelpAssessmentCompleted.TYPE, on, dueOn, "eh.worker", Map.of(EH_ASSESSMENT_DATE, on.toString()));
    }

    public JourneyEvent reviewDue(LocalDate countedFrom, LocalDate dueOn) {
        return publish(EarlyHelpReviewDue.TYPE, countedFrom, dueOn, null, Map.of());
    }

    public JourneyEvent review(LocalDate on, LocalDate dueOn, String decision, String closure, String stepUpReason) {
        Map<String, Object> data = new HashMap<>(Map.of(EH_REVIEW_DATE, on.toString(), EH_REVIEW_DECISION, decision));
        if (closure != null) {
            data.put(EH_CLOSURE, closure);
        }
        if (stepUpReason != null) {
            data.put(STEP_UP_REASON, stepUpReason);
        }
        return publish(EarlyHelpReviewHeld.TYPE, on, dueOn, "eh.worker", data);
    }

    /** Early Help's request to step up, as the front door receives it: a contact from Early Help, for the known child. */
    public JourneyEvent stepUpContact(String stepUpContactId, LocalDateTime receivedAt, LocalDate decisionDue, String reason) {
        return feed.publish(ContactReceived.TYPE, laChildId, stepUpContactId, null, receivedAt.toLocalDate(), decisionDue,
                "front-door", "eh.worker", Map.of(JourneyData.CHILD_GIVEN_NAME, "Someone", JourneyData.CHILD_FAMILY_NAME, "Else",
                        FrontDoorData.CONTACT_SOURCE, "EARLY_HELP", FrontDoorData.CONTACT_RECEIVED_AT, receivedAt.toString(),
                        FrontDoorData.CONTACT_REASON, reason, EH_EPISODE_ID, ehEpisodeId));
    }

    public JourneyEvent stepUpDecided(String stepUpContactId, LocalDate on, boolean accepted) {
        return publish(StepUpDecided.TYPE, on, null, "frontdoor.manager", Map.of(STEP_UP_CONTACT_ID, stepUpContactId,
                STEP_UP_DECIDED_DATE, on.toString(), STEP_UP_ACCEPTED, accepted));
    }

    public JourneyEvent closed(LocalDate on, String closure) {
        return publish(EarlyHelpEpisodeClosed.TYPE, on, null, "eh.worker", Map.of(EH_CLOSURE, closure));
    }

    /** An event of the episode that is part of an escalation, of whatever type, as workflow-service publishes every one. */
    public JourneyEvent escalation(String type, LocalDate occurredOn, LocalDate dueOn, String kind, String timescale, String worker,
            String managerAction) {
        Map<String, Object> data = new HashMap<>(Map.of(ESCALATION, kind, TIMESCALE, timescale));
        if (managerAction != null) {
            data.put(MANAGER_ACTION, managerAction);
        }
        return publish(type, occurredOn, dueOn, worker, data);
    }

    private JourneyEvent started(LocalDate on, LocalDate dueOn, Map<String, Object> more) {
        Map<String, Object> data = new HashMap<>(more);
        data.put(EH_START_DATE, on.toString());
        return publish(EarlyHelpEpisodeStarted.TYPE, on, dueOn, null, data);
    }

    private JourneyEvent publish(String type, LocalDate occurredOn, LocalDate dueOn, String worker, Map<String, Object> data) {
        Map<String, Object> withEpisode = new HashMap<>(data);
        withEpisode.put(EH_EPISODE_ID, ehEpisodeId);
        return feed.publish(type, laChildId, contactId, null, occurredOn, dueOn, TEAM, worker, withEpisode);
    }
}
