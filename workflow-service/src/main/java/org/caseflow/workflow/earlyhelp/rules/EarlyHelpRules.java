package org.caseflow.workflow.earlyhelp.rules;

import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.EH_ASSESSMENT_DATE;
import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.EH_CLOSURE;
import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.EH_LEAD_PRACTITIONER;
import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.EH_REQUEST_REASON;
import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.EH_REQUESTED_BY;
import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.EH_REVIEW_DATE;
import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.EH_START_DATE;
import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.EH_TRANSFER_ACCEPTED_DATE;
import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.STEP_UP_REASON;

import java.time.LocalDate;
import java.util.function.Predicate;
import org.caseflow.journey.events.earlyhelp.EarlyHelpClosure;
import org.caseflow.journey.events.earlyhelp.EarlyHelpReviewDecision;
import org.caseflow.workflow.frontdoor.rules.ContactRules;
import org.caseflow.workflow.rules.BusinessDateRules;
import org.caseflow.workflow.rules.RecurringWorkRules;
import org.caseflow.workflow.rules.RecurringWorkRules.Meeting;
import org.caseflow.workflow.rules.RuleViolation;

/**
 * What an Early Help episode must say: a partner's request (who asked, about whom, why), a
 * step-down accepted by one of the Early Help practitioners (local rule T26), the Early Help
 * assessment (T24) and the team-around-the-family reviews (T25).
 */
public final class EarlyHelpRules {

    private EarlyHelpRules() {
    }

    public record Request(ContactRules.Child child, LocalDate requestedOn, String requestedBy, String reason) {
    }

    public record Transfer(LocalDate steppedDownOn, LocalDate acceptedOn, String leadPractitioner) {
    }

    public record Review(Meeting meeting, EarlyHelpReviewDecision decision, EarlyHelpClosure closure, String stepUpReason) {
    }

    /** A partner asks for Early Help for a child: named as a contact names a child new to us, dated, with who asked and why. */
    public static void checkRequest(Request request, LocalDate today) {
        ContactRules.checkChild(request.child(), today);
        BusinessDateRules.requireHappened(EH_START_DATE, request.requestedOn(), today);
        requireText(EH_REQUESTED_BY, request.requestedBy(), "who asked for Early Help");
        requireText(EH_REQUEST_REASON, request.reason(), "what the family needs help with");
    }

    /** Accepted on or after the step-down, not in the future, by one of the Early Help practitioners. */
    public static void checkTransfer(Transfer transfer, LocalDate today, Predicate<String> isEarlyHelpPractitioner) {
        BusinessDateRules.requireHappened(EH_TRANSFER_ACCEPTED_DATE, transfer.acceptedOn(), today);
        BusinessDateRules.requireNotBefore(EH_TRANSFER_ACCEPTED_DATE, transfer.acceptedOn(), "the step-down", transfer.steppedDownOn());
        if (transfer.leadPractitioner() == null || !isEarlyHelpPractitioner.test(transfer.leadPractitioner())) {
            throw new RuleViolation(EH_LEAD_PRACTITIONER, "The lead practitioner is one of the Early Help practitioners.");
        }
    }

    /** Completed on or after the day its clock counts from, not in the future. */
    public static void checkAssessment(Meeting assessment, LocalDate today) {
        RecurringWorkRules.checkMeeting(assessment, EH_ASSESSMENT_DATE, today);
    }

    /**
     * A review on or after the last; closing says how (a step-up is the front door's to accept, not
     * a closure to record), and asking social care to step up says why.
     */
    public static void checkReview(Review review, LocalDate today) {
        RecurringWorkRules.checkMeeting(review.meeting(), EH_REVIEW_DATE, today);
        if (review.decision() == EarlyHelpReviewDecision.CLOSE
                && (review.closure() == null || review.closure() == EarlyHelpClosure.STEPPED_UP)) {
            throw new RuleViolation(EH_CLOSURE, "Closing the episode needs how it ends: needs met, disengaged or moved away"
                    + " (to step up, ask social care instead).");
        }
        if (review.decision() == EarlyHelpReviewDecision.STEP_UP) {
            requireText(STEP_UP_REASON, review.stepUpReason(), "why children's social care should step up");
        }
    }

    private static void requireText(String field, String value, String what) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation(field, "Please give " + what + ".");
        }
    }
}
