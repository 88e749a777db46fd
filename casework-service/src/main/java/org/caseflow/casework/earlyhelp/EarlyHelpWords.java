package org.caseflow.casework.earlyhelp;

import org.caseflow.casework.chronology.VisitWords;
import org.caseflow.journey.events.earlyhelp.EarlyHelpAssessmentCompleted;
import org.caseflow.journey.events.earlyhelp.EarlyHelpEpisodeClosed;
import org.caseflow.journey.events.earlyhelp.EarlyHelpEpisodeStarted;
import org.caseflow.journey.events.earlyhelp.EarlyHelpReviewDue;
import org.caseflow.journey.events.earlyhelp.EarlyHelpReviewHeld;
import org.caseflow.journey.events.earlyhelp.EarlyHelpTransferAccepted;
import org.caseflow.journey.events.earlyhelp.StepUpDecided;

/**
 * The Early Help record's words, for the child's chronology and the Early Help record alike. A
 * step-down and a step-up each say where from and where to, and nothing more of social care's work:
 * Early Help practitioners read these.
 */
final class EarlyHelpWords {

    private EarlyHelpWords() {
    }

    static String started(EarlyHelpEpisodeStarted episode) {
        if (episode.isStepDown()) {
            return "Stepped down from " + steppedDownFrom(episode) + " to Early Help (" + episode.ehEpisodeId() + ")."
                    + (episode.dueOn() == null ? "" : " The transfer is due to be accepted by " + episode.dueOn() + ".");
        }
        String how = switch (episode.origin()) {
            case PARTNER_REQUEST -> " at the request of " + (episode.requestedBy() == null ? "a partner agency" : episode.requestedBy())
                    + (episode.requestReason() == null ? "" : ": " + withoutFullStop(episode.requestReason()));
            default -> episode.contactId() == null ? " from the front door's decision"
                    : " from the front door's decision on contact " + episode.contactId();
        };
        return "Early Help episode " + episode.ehEpisodeId() + " started" + how + "."
                + (episode.dueOn() == null ? "" : " The Early Help assessment is due by " + episode.dueOn() + ".");
    }

    /** "child in need plan CIN-000012", "the section 47 enquiry of referral REF-000003", ... */
    static String steppedDownFrom(EarlyHelpEpisodeStarted episode) {
        String id = episode.steppedDownFrom();
        return switch (episode.origin()) {
            case CIN_PLAN_STEP_DOWN -> id == null ? "a child in need plan" : "child in need plan " + id;
            case CP_PLAN_STEP_DOWN -> id == null ? "a child protection plan" : "child protection plan " + id;
            case ASSESSMENT_STEP_DOWN -> id == null ? "a child and family assessment" : "the child and family assessment of referral " + id;
            case SECTION_47_STEP_DOWN -> id == null ? "a section 47 enquiry" : "the section 47 enquiry of referral " + id;
            default -> id == null ? "children's social care" : id;
        };
    }

    static String transferAccepted(EarlyHelpTransferAccepted transfer) {
        return "Early Help accepted the transfer of " + transfer.ehEpisodeId() + ", lead practitioner " + transfer.leadPractitioner()
                + "." + VisitWords.againstDue("Accepted", transfer.acceptedOn(), transfer.dueOn());
    }

    /** "Early Help assessment for EH-000007 completed (lead practitioner ...), on or before its due date, 2026-09-03." */
    static String assessed(EarlyHelpAssessmentCompleted assessment) {
        String when = assessment.dueOn() == null ? ""
                : (assessment.inTime() ? ", on or before its due date, " : ", after its due date, ") + assessment.dueOn();
        return "Early Help assessment for " + assessment.ehEpisodeId() + " completed"
                + (assessment.leadPractitioner() == null ? "" : " (lead practitioner " + assessment.leadPractitioner() + ")") + when
                + ".";
    }

    static String reviewDue(EarlyHelpReviewDue due) {
        return "Next team-around-the-family review for Early Help episode " + due.ehEpisodeId() + " due by " + due.dueOn()
                + ", counted from " + due.countedFrom() + ".";
    }

    static String reviewHeld(EarlyHelpReviewHeld review) {
        String decided = switch (review.decision()) {
            case STEP_UP -> "Early Help asked children's social care to step up"
                    + (review.stepUpReason() == null ? "" : ": " + withoutFullStop(review.stepUpReason()));
            case CLOSE -> review.decision().label() + (review.closure() == null ? "" : " (" + review.closure().label() + ")");
            case CONTINUE -> review.decision().label();
        };
        return "Team-around-the-family review for Early Help episode " + review.ehEpisodeId() + ": " + decided + "."
                + VisitWords.againstDue("Held", review.heldOn(), review.dueOn());
    }

    static String stepUpDecided(StepUpDecided decision) {
        String which = "the step-up from " + decision.ehEpisodeId() + " (contact " + decision.stepUpContactId() + ")";
        return decision.accepted()
                ? "Front door accepted " + which + ": the child is referred to children's social care."
                : "Front door did not accept " + which + "; Early Help goes on.";
    }

    static String closed(EarlyHelpEpisodeClosed closed) {
        return "Early Help episode " + closed.ehEpisodeId() + " closed: " + closed.closure().label() + ".";
    }

    /** A practitioner's sentence, to be followed by our own full stop. */
    private static String withoutFullStop(String text) {
        String stripped = text.strip();
        return stripped.endsWith(".") ? stripped.substring(0, stripped.length() - 1) : stripped;
    }
}
