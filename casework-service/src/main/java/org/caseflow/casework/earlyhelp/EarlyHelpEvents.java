package org.caseflow.casework.earlyhelp;

import java.util.Set;
import org.caseflow.casework.episode.EpisodeRecords;
import org.caseflow.casework.feed.CaseRecordHandler;
import org.caseflow.journey.events.JourneyEvent;
import org.caseflow.journey.events.earlyhelp.EarlyHelpAssessmentCompleted;
import org.caseflow.journey.events.earlyhelp.EarlyHelpEpisodeClosed;
import org.caseflow.journey.events.earlyhelp.EarlyHelpEpisodeStarted;
import org.caseflow.journey.events.earlyhelp.EarlyHelpReviewDue;
import org.caseflow.journey.events.earlyhelp.EarlyHelpReviewHeld;
import org.caseflow.journey.events.earlyhelp.EarlyHelpTransferAccepted;
import org.caseflow.journey.events.earlyhelp.StepUpDecided;
import org.springframework.stereotype.Component;

/**
 * The Early Help journey's events. Its start opens the Early Help episode (its own id, its own
 * team) and its closing closes it: this is the only way an Early Help episode opens or closes. In
 * between: a step-down's transfer accepted, the assessment, the team-around-the-family reviews
 * (one may ask social care to step up) and the front door's decision on each step-up.
 */
@Component
class EarlyHelpEvents implements CaseRecordHandler {

    /** The Early Help journey's own event types: each is part of the Early Help record. */
    static final Set<String> TYPES = Set.of(EarlyHelpEpisodeStarted.TYPE, EarlyHelpTransferAccepted.TYPE,
            EarlyHelpAssessmentCompleted.TYPE, EarlyHelpReviewDue.TYPE, EarlyHelpReviewHeld.TYPE, StepUpDecided.TYPE,
            EarlyHelpEpisodeClosed.TYPE);

    private final EarlyHelpRecords records;
    private final EpisodeRecords episodes;

    EarlyHelpEvents(EarlyHelpRecords records, EpisodeRecords episodes) {
        this.records = records;
        this.episodes = episodes;
    }

    @Override
    public Set<String> eventTypes() {
        return TYPES;
    }

    @Override
    public String apply(JourneyEvent event) {
        return switch (event.type()) {
            case EarlyHelpEpisodeStarted.TYPE -> started(event, EarlyHelpEpisodeStarted.from(event));
            case EarlyHelpTransferAccepted.TYPE -> transferAccepted(event, EarlyHelpTransferAccepted.from(event));
            case EarlyHelpAssessmentCompleted.TYPE -> assessed(event, EarlyHelpAssessmentCompleted.from(event));
            case EarlyHelpReviewDue.TYPE -> reviewDue(event, EarlyHelpReviewDue.from(event));
            case EarlyHelpReviewHeld.TYPE -> reviewHeld(event, EarlyHelpReviewHeld.from(event));
            case StepUpDecided.TYPE -> stepUpDecided(event, StepUpDecided.from(event));
            case EarlyHelpEpisodeClosed.TYPE -> closed(event, EarlyHelpEpisodeClosed.from(event));
            default -> throw new IllegalArgumentException("Not an Early Help event: " + event.type());
        };
    }

    private String started(JourneyEvent event, EarlyHelpEpisodeStarted episode) {
        if (episode.startedOn() == null) {
            throw new IllegalArgumentException("A " + event.type() + " event must give the day the episode started; event "
                    + event.eventId() + " does not");
        }
        episodes.openEarlyHelp(episode.ehEpisodeId(), episode.laChildId(), episode.startedOn(), episode.team(), episode.contactId());
        records.started(episode);
        String said = EarlyHelpWords.started(episode);
        // what falls due after the start (the transfer or the assessment) is the episode's, not the start's
        records.step(event, episode.ehEpisodeId(), episode.startedOn(), "STARTED", null, episode.origin().name(), said);
        return said;
    }

    private String transferAccepted(JourneyEvent event, EarlyHelpTransferAccepted transfer) {
        String said = EarlyHelpWords.transferAccepted(transfer);
        records.step(event, transfer.ehEpisodeId(), transfer.acceptedOn(), "TRANSFER_ACCEPTED", transfer.dueOn(), null, said);
        records.transferAccepted(transfer);
        return said;
    }

    private String assessed(JourneyEvent event, EarlyHelpAssessmentCompleted assessment) {
        String said = EarlyHelpWords.assessed(assessment);
        records.step(event, assessment.ehEpisodeId(), assessment.completedOn(), "ASSESSMENT_COMPLETED", assessment.dueOn(), null, said);
        records.assessed(assessment);
        return said;
    }

    /** Not a step of its own: it says when the next one is due. */
    private String reviewDue(JourneyEvent event, EarlyHelpReviewDue due) {
        if (due.dueOn() == null || due.countedFrom() == null) {
            throw new IllegalArgumentException("A " + event.type() + " event must give the date counted from and the due date; event "
                    + event.eventId() + " does not");
        }
        records.reviewDue(due);
        return EarlyHelpWords.reviewDue(due);
    }

    /** A review that closes the episode or asks to step up decides only that: the journey's next event does the rest. */
    private String reviewHeld(JourneyEvent event, EarlyHelpReviewHeld review) {
        String said = EarlyHelpWords.reviewHeld(review);
        records.step(event, review.ehEpisodeId(), review.heldOn(), "REVIEW_HELD", review.dueOn(), review.decision().name(), said);
        return said;
    }

    /** The episode goes on either way: accepted, it is closed as stepped up by its own event. */
    private String stepUpDecided(JourneyEvent event, StepUpDecided decision) {
        String said = EarlyHelpWords.stepUpDecided(decision);
        records.step(event, decision.ehEpisodeId(), decision.decidedOn(), "STEP_UP_DECIDED", null,
                decision.accepted() ? "ACCEPTED" : "NOT_ACCEPTED", said);
        return said;
    }

    private String closed(JourneyEvent event, EarlyHelpEpisodeClosed closed) {
        String said = EarlyHelpWords.closed(closed);
        records.step(event, closed.ehEpisodeId(), closed.closedOn(), "CLOSED", null, closed.closure().name(), said);
        records.closed(closed);
        episodes.closeEarlyHelp(closed.ehEpisodeId(), closed.closedOn(), closed.closure().name());
        return said;
    }
}
