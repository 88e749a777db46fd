package org.caseflow.casework.childprotection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.caseflow.calendar.LocalTimescales;
import org.caseflow.calendar.StatutoryTimescale;
import org.caseflow.calendar.Timescale;
import org.caseflow.calendar.Timescales;
import org.caseflow.casework.chronology.TimescaleWords;
import org.caseflow.casework.episode.EpisodeRecords;
import org.caseflow.casework.feed.CaseRecordHandler;
import org.caseflow.journey.events.JourneyEvent;
import org.caseflow.journey.events.childprotection.IcpcDecision;
import org.caseflow.journey.events.childprotection.IcpcHeld;
import org.caseflow.journey.events.childprotection.Section47Completed;
import org.caseflow.journey.events.childprotection.Section47Decision;
import org.caseflow.journey.events.childprotection.Section47EndorsementDecided;
import org.caseflow.journey.events.childprotection.Section47Submitted;
import org.caseflow.journey.events.childprotection.StrategyDecision;
import org.caseflow.journey.events.childprotection.StrategyDiscussionHeld;
import org.springframework.stereotype.Component;

/**
 * The child protection enquiry's events: a strategy discussion held, the section 47 enquiry it
 * started completed and put to a manager, its outcome endorsed (or sent back) and so taking effect,
 * the initial child protection conference held. Each sits in the child in need
 * episode of a referral, which the event must name. Work that ends in no further action (or a step
 * down to Early Help) closes that episode, unless its assessment is still open; a step down's Early
 * Help episode is opened by the Early Help journey's own event.
 */
@Component
class ChildProtectionEvents implements CaseRecordHandler {

    private final EnquiryRecords enquiries;
    private final EpisodeRecords episodes;
    /** The strategy discussion's timescale (T2) is each council's own: worded with its setting. */
    private final Timescales timescales;

    ChildProtectionEvents(EnquiryRecords enquiries, EpisodeRecords episodes, Timescales timescales) {
        this.enquiries = enquiries;
        this.episodes = episodes;
        this.timescales = timescales;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(StrategyDiscussionHeld.TYPE, Section47Submitted.TYPE, Section47EndorsementDecided.TYPE, Section47Completed.TYPE,
                IcpcHeld.TYPE);
    }

    @Override
    public String apply(JourneyEvent event) {
        String referralId = referralOf(event);
        return switch (event.type()) {
            case StrategyDiscussionHeld.TYPE -> strategyDiscussion(event, referralId, StrategyDiscussionHeld.from(event));
            case Section47Submitted.TYPE -> submitted(referralId, Section47Submitted.from(event));
            case Section47EndorsementDecided.TYPE -> endorsementDecided(referralId, Section47EndorsementDecided.from(event));
            case Section47Completed.TYPE -> section47(event, referralId, Section47Completed.from(event));
            case IcpcHeld.TYPE -> initialConference(event, referralId, IcpcHeld.from(event));
            default -> throw new IllegalArgumentException("Not a child protection enquiry event: " + event.type());
        };
    }

    private String strategyDiscussion(JourneyEvent event, String referralId, StrategyDiscussionHeld discussion) {
        enquiries.strategyDiscussionHeld(event.eventId(), referralId, discussion);
        StrategyDecision decision = discussion.decision();
        String said = "Strategy discussion for referral " + referralId + " with " + participants(discussion) + ", about "
                + discussion.concern().label() + ". Decided: " + decision.label()
                + (decision.startsAnEnquiry() ? ", started that day" : "") + "." + sentence(discussion.rationale())
                + timeliness(discussion.heldOn(), discussion.dueOn(), timescales.byId(LocalTimescales.STRATEGY_DISCUSSION));
        if (decision == StrategyDecision.NO_FURTHER_ACTION) {
            return said + episodeAfter(event, referralId, discussion.heldOn(), "STRATEGY_DISCUSSION_NO_FURTHER_ACTION", false);
        }
        return said;
    }

    /** Put to the managers: the outcome takes effect only once endorsed, so nothing on the record changes but the chronology. */
    private static String submitted(String referralId, Section47Submitted submission) {
        return "Section 47 enquiry for referral " + referralId + " completed and put to the team's managers"
                + (submission.submittedBy() == null ? "" : " by " + submission.submittedBy()) + ": "
                + submission.outcome().label() + ", proposing: " + submission.proposedDecision().label() + ".";
    }

    /** The manager's oversight, in their own words; the endorsed outcome itself arrives as {@code Section47Completed}. */
    private static String endorsementDecided(String referralId, Section47EndorsementDecided decision) {
        return "Management oversight: the outcome of the section 47 enquiry for referral " + referralId
                + (decision.outcomeDecision() == null ? "" : " (" + decision.outcomeDecision().label() + ")") + " was "
                + decision.decision().label() + (decision.manager() == null ? "" : " by " + decision.manager()) + " on "
                + decision.decidedOn() + ". Direction: " + decision.direction();
    }

    private String section47(JourneyEvent event, String referralId, Section47Completed enquiry) {
        enquiries.section47Completed(referralId, enquiry);
        Section47Decision decision = enquiry.decision();
        String said = "Section 47 enquiry for referral " + referralId + ", started " + enquiry.startedOn() + ", completed: "
                + enquiry.outcome().label() + (enquiry.category() == null ? "" : " (" + enquiry.category().label() + ")") + "."
                + (enquiry.childSeenOn() == null ? " No date the child was seen is recorded." : " The child was seen on "
                        + enquiry.childSeenOn() + ".")
                + (enquiry.furtherStrategyOn() == null ? "" : " A further strategy discussion was held on "
                        + enquiry.furtherStrategyOn() + "; the conference is still timed from " + enquiry.startedOn() + ".")
                + (enquiry.endorsedOn() == null ? "" : " Completed on " + enquiry.completedOn() + "; the outcome was endorsed"
                        + (enquiry.endorsedBy() == null ? "" : " by " + enquiry.endorsedBy()) + " on " + enquiry.endorsedOn() + ".")
                + " Next: " + decision.label()
                + (decision == Section47Decision.INITIAL_CONFERENCE && enquiry.icpcDueOn() != null ? ", due by " + enquiry.icpcDueOn() : "")
                + ".";
        // the outcome takes effect the day it was endorsed
        return switch (decision) {
            case NO_FURTHER_ACTION -> said + episodeAfter(event, referralId, enquiry.effectiveOn(), "SECTION_47_NO_FURTHER_ACTION", false);
            case EARLY_HELP -> said + episodeAfter(event, referralId, enquiry.effectiveOn(), "SECTION_47_EARLY_HELP", true);
            // the work goes on (a conference, the plan's review brought forward, a child in need plan), so the episode stays open
            case INITIAL_CONFERENCE, REVIEW_CONFERENCE, CHILD_IN_NEED_PLAN -> said;
        };
    }

    private String initialConference(JourneyEvent event, String referralId, IcpcHeld conference) {
        enquiries.initialConferenceHeld(referralId, conference);
        IcpcDecision decision = conference.decision();
        Timescale t4 = StatutoryTimescale.INITIAL_CHILD_PROTECTION_CONFERENCE;
        String plan = decision == IcpcDecision.CHILD_PROTECTION_PLAN
                ? (conference.category() == null ? "" : " under the category of " + conference.category().label())
                        + (conference.leadSocialWorker() == null ? "" : ", lead social worker " + conference.leadSocialWorker())
                : "";
        String timeliness = conference.dueOn() == null ? "" : conference.inTime()
                ? " Held within " + TimescaleWords.nameOf(t4) + " (" + TimescaleWords.limitOf(t4) + " of the strategy discussion on "
                        + conference.s47StartedOn() + "; due " + conference.dueOn() + ")."
                : " Held after its due date, " + conference.dueOn() + " (" + TimescaleWords.nameOf(t4) + ": "
                        + TimescaleWords.limitOf(t4) + " of the strategy discussion on " + conference.s47StartedOn() + ")."
                        + (conference.lateReason() == null ? "" : " Reason: " + conference.lateReason());
        String said = "Initial child protection conference for referral " + referralId
                + (conference.chair() == null ? "" : ", chaired by " + conference.chair()) + ": " + decision.label() + plan + "."
                + timeliness;
        if (decision == IcpcDecision.NO_PLAN_NO_FURTHER_ACTION) {
            return said + episodeAfter(event, referralId, conference.heldOn(), "INITIAL_CONFERENCE_NO_FURTHER_ACTION", false);
        }
        return said;
    }

    /** A step down says where from and where to; the Early Help episode itself arrives by its own journey's event. */
    private String episodeAfter(JourneyEvent event, String referralId, LocalDate on, String reason, boolean toEarlyHelp) {
        String stepDown = toEarlyHelp ? " Stepped down from the section 47 enquiry of referral " + referralId + " to Early Help." : "";
        if (!episodes.closeUnlessStillAssessing(event.eventId(), referralId, on, reason)) {
            return stepDown + " The child in need episode stays open while its assessment continues.";
        }
        return stepDown + " The child in need episode was closed.";
    }

    /** Every section 47 enquiry, and the discussion and conference around it, sits in a referral's episode. */
    private static String referralOf(JourneyEvent event) {
        if (event.referralId() == null) {
            throw new IllegalArgumentException("A " + event.type() + " event must name the referral it is part of; event "
                    + event.eventId() + " does not");
        }
        return event.referralId();
    }

    /** "police, health and education", with anyone else named; "no other agency recorded" for none. */
    static String participants(StrategyDiscussionHeld discussion) {
        List<String> present = new ArrayList<>();
        if (discussion.police()) {
            present.add("police");
        }
        if (discussion.health()) {
            present.add("health");
        }
        if (discussion.education()) {
            present.add("education");
        }
        if (discussion.others() != null) {
            present.add(discussion.others());
        }
        if (present.isEmpty()) {
            return "no other agency recorded";
        }
        if (present.size() == 1) {
            return present.get(0);
        }
        return String.join(", ", present.subList(0, present.size() - 1)) + " and " + present.get(present.size() - 1);
    }

    private static String timeliness(LocalDate on, LocalDate dueOn, Timescale timescale) {
        if (dueOn == null) {
            return "";
        }
        return on.isAfter(dueOn)
                ? " Held after its due date, " + dueOn + " (" + TimescaleWords.nameOf(timescale) + ": " + TimescaleWords.limitOf(timescale) + ")."
                : " Held within " + TimescaleWords.nameOf(timescale) + " (" + TimescaleWords.limitOf(timescale) + "; due " + dueOn + ").";
    }

    private static String sentence(String text) {
        return text == null || text.isBlank() ? "" : " " + text.strip();
    }
}
