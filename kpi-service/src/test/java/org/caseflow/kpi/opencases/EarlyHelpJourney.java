package org.caseflow.kpi.opencases;

import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.EH_CLOSURE;
import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.EH_EPISODE_ID;
import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.EH_LEAD_PRACTITIONER;
import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.EH_ORIGIN;
import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.EH_STEPPED_DOWN_FROM;
import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.STEP_UP_ACCEPTED;
import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.STEP_UP_CONTACT_ID;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.caseflow.journey.events.JourneyData;
import org.caseflow.journey.events.JourneyEvent;
import org.caseflow.journey.events.earlyhelp.EarlyHelpClosure;
import org.caseflow.journey.events.earlyhelp.EarlyHelpEpisodeClosed;
import org.caseflow.journey.events.earlyhelp.EarlyHelpEpisodeStarted;
import org.caseflow.journey.events.earlyhelp.EarlyHelpOrigin;
import org.caseflow.journey.events.earlyhelp.EarlyHelpTransferAccepted;
import org.caseflow.journey.events.earlyhelp.StepUpDecided;
import org.caseflow.journey.events.frontdoor.ContactReceived;
import org.caseflow.journey.events.frontdoor.ContactSource;
import org.caseflow.journey.events.frontdoor.FrontDoorData;
import org.caseflow.testsupport.FeedStub;

/**
 * Publishes one child's Early Help events to the stand-in feed, each shaped as its typed reader in
 * journey-events reads it, and the contact by which Early Help asks the front door to step up.
 */
final class EarlyHelpJourney {

    private static final String TEAM = "early-help-east";
    private static final String WORKER = "eh.practitioner";

    private final FeedStub feed;
    private final String laChildId;

    private EarlyHelpJourney(FeedStub feed, String laChildId) {
        this.feed = feed;
        this.laChildId = laChildId;
    }

    static EarlyHelpJourney of(FeedStub feed, String laChildId) {
        return new EarlyHelpJourney(feed, laChildId);
    }

    /** Started by the front door's decision on {@code contactId}. */
    JourneyEvent startedAtTheFrontDoor(String ehEpisodeId, String contactId, LocalDate startedOn) {
        return started(ehEpisodeId, contactId, startedOn, EarlyHelpOrigin.FRONT_DOOR, null);
    }

    JourneyEvent started(String ehEpisodeId, String contactId, LocalDate startedOn, EarlyHelpOrigin origin, String steppedDownFrom) {
        Map<String, Object> data = new HashMap<>(Map.of(EH_EPISODE_ID, ehEpisodeId, EH_ORIGIN, origin.name()));
        if (steppedDownFrom != null) {
            data.put(EH_STEPPED_DOWN_FROM, steppedDownFrom);
        }
        return publish(EarlyHelpEpisodeStarted.TYPE, contactId, startedOn, startedOn.plusWeeks(6), data);
    }

    JourneyEvent transferAccepted(String ehEpisodeId, LocalDate acceptedOn) {
        return publish(EarlyHelpTransferAccepted.TYPE, null, acceptedOn, acceptedOn, Map.of(EH_EPISODE_ID, ehEpisodeId,
                EH_LEAD_PRACTITIONER, WORKER));
    }

    /** Early Help's request to step up reaching the front door: a contact from Early Help. */
    JourneyEvent stepUpContact(String contactId, LocalDateTime receivedAt) {
        return publish(ContactReceived.TYPE, contactId, receivedAt.toLocalDate(), receivedAt.toLocalDate().plusDays(1),
                Map.of(JourneyData.CHILD_GIVEN_NAME, "Sam", JourneyData.CHILD_FAMILY_NAME, "Early",
                        FrontDoorData.CONTACT_SOURCE, ContactSource.EARLY_HELP.name(),
                        FrontDoorData.CONTACT_RECEIVED_AT, receivedAt.toString(),
                        FrontDoorData.CONTACT_REASON, "The team around the family asks social care to step up."));
    }

    JourneyEvent stepUpDecided(String ehEpisodeId, String stepUpContactId, LocalDate decidedOn, boolean accepted) {
        return publish(StepUpDecided.TYPE, stepUpContactId, decidedOn, null, Map.of(EH_EPISODE_ID, ehEpisodeId,
                STEP_UP_CONTACT_ID, stepUpContactId, STEP_UP_ACCEPTED, accepted));
    }

    JourneyEvent closed(String ehEpisodeId, LocalDate closedOn, EarlyHelpClosure closure) {
        return publish(EarlyHelpEpisodeClosed.TYPE, null, closedOn, null, Map.of(EH_EPISODE_ID, ehEpisodeId, EH_CLOSURE, closure.name()));
    }

    private JourneyEvent publish(String type, String contactId, LocalDate occurredOn, LocalDate dueOn, Map<String, Object> data) {
        return feed.publish(type, laChildId, contactId, null, occurredOn, dueOn, TEAM, WORKER, data);
    }
}
