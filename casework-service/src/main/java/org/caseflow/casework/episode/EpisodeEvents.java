package org.caseflow.casework.episode;

import java.util.Set;
import org.caseflow.calendar.StatutoryTimescale;
import org.caseflow.casework.chronology.TimescaleWords;
import org.caseflow.casework.feed.CaseRecordHandler;
import org.caseflow.journey.events.JourneyEvent;
import org.caseflow.journey.events.assessment.AssessmentAuthorisationDecided;
import org.caseflow.journey.events.assessment.AssessmentCompleted;
import org.caseflow.journey.events.assessment.AssessmentSubmitted;
import org.caseflow.journey.events.assessment.AuthorisationDecision;
import org.caseflow.journey.events.assessment.AssessmentOutcome;
import org.caseflow.journey.events.assessment.ReferralReceived;
import org.caseflow.journey.events.assessment.SocialWorkerAllocated;
import org.springframework.stereotype.Component;

/**
 * The assessment stage's events: a referral opens a child in need episode, allocated and then
 * assessed. An assessment that closes the episode closes it; one that leads to care leaves it open
 * for the period of care.
 */
@Component
class EpisodeEvents implements CaseRecordHandler {

    private final EpisodeRecords episodes;

    EpisodeEvents(EpisodeRecords episodes) {
        this.episodes = episodes;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(ReferralReceived.TYPE, SocialWorkerAllocated.TYPE, AssessmentCompleted.TYPE, AssessmentSubmitted.TYPE,
                AssessmentAuthorisationDecided.TYPE);
    }

    @Override
    public String apply(JourneyEvent event) {
        return switch (event.type()) {
            case ReferralReceived.TYPE -> referred(ReferralReceived.from(event));
            case SocialWorkerAllocated.TYPE -> allocated(SocialWorkerAllocated.from(event), event.position());
            case AssessmentCompleted.TYPE -> assessed(AssessmentCompleted.from(event));
            case AssessmentSubmitted.TYPE -> submitted(AssessmentSubmitted.from(event));
            case AssessmentAuthorisationDecided.TYPE -> authorisationDecided(AssessmentAuthorisationDecided.from(event));
            default -> throw new IllegalArgumentException("Not an assessment event: " + event.type());
        };
    }

    private String referred(ReferralReceived referral) {
        episodes.referred(referral);
        return "Referral " + referral.referralId() + " opened a child in need episode with " + referral.team()
                + "; the child and family assessment is due " + referral.assessmentDueOn() + ".";
    }

    private String allocated(SocialWorkerAllocated allocation, long position) {
        episodes.allocated(allocation, position);
        return "Allocated to " + allocation.worker() + " (" + allocation.team() + ") for referral " + allocation.referralId() + ".";
    }

    /** Put to the manager: not complete until authorised, so nothing on the record changes but the chronology. */
    private static String submitted(AssessmentSubmitted submission) {
        return "Child and family assessment for referral " + submission.referralId() + " put to the team manager for authorisation"
                + (submission.submittedBy() == null ? "" : " by " + submission.submittedBy()) + ", recommending: "
                + submission.proposedOutcome().label() + ".";
    }

    /** The manager's oversight, in their own words; the authorised assessment itself arrives as {@code AssessmentCompleted}. */
    private static String authorisationDecided(AssessmentAuthorisationDecided decision) {
        String verdict = decision.decision() == AuthorisationDecision.AUTHORISE ? "authorised" : "sent back for more work";
        return "Management oversight: the child and family assessment for referral " + decision.referralId() + " was " + verdict
                + (decision.manager() == null ? "" : " by " + decision.manager()) + " on " + decision.decidedOn() + ". Direction: "
                + decision.direction();
    }

    private String assessed(AssessmentCompleted assessment) {
        episodes.assessed(assessment);
        AssessmentOutcome outcome = assessment.outcome();
        if (outcome.closesTheEpisode()) {
            episodes.closed(assessment.referralId(), assessment.authorisedOn(), outcome.name());
        }
        // the Early Help episode a step-down starts arrives by its own journey's event
        String stepDown = outcome == AssessmentOutcome.STEP_DOWN_TO_EARLY_HELP
                ? " Stepped down from referral " + assessment.referralId() + " to Early Help; the child in need episode was closed."
                : "";
        // the period of care arrives by the looked-after journey's own event, and sits in this episode
        String intoCare = outcome == AssessmentOutcome.LOOKED_AFTER
                ? " The period of care follows in referral " + assessment.referralId() + ", whose child in need episode stays open."
                : "";
        return "Child and family assessment for referral " + assessment.referralId() + " authorised: " + outcome.label()
                + ". " + (assessment.inTime() ? "Within" : "Outside") + " " + TimescaleWords.limitOf(StatutoryTimescale.ASSESSMENT)
                + " (due " + assessment.dueOn() + ")." + stepDown + intoCare;
    }
}
