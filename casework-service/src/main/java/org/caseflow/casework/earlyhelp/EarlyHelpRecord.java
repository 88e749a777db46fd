package org.caseflow.casework.earlyhelp;

import java.time.LocalDate;
import java.util.List;

/**
 * A child's Early Help record: who the child is, their Early Help episodes, each with its steps,
 * and the Early Help part of their chronology. It is all an Early Help practitioner sees of the
 * child: of social care's work, only the fact of a step-down or a step-up, and where from or to.
 */
public record EarlyHelpRecord(String laChildId, String givenName, String familyName, LocalDate dateOfBirth,
        LocalDate expectedDateOfBirth, List<Episode> episodes, List<EarlyHelpChronology.Entry> chronology) {

    /**
     * An Early Help episode, oldest first. Codes are the journey's; the steps say the same in words.
     *
     * @param origin                 how the child came to Early Help ({@code FRONT_DOOR}, {@code CIN_PLAN_STEP_DOWN}, ...)
     * @param steppedDownFrom        for a step-down, the referral or plan social care stepped down from
     * @param transferDueOn          for a step-down, when Early Help is due to accept it (local rule T26)
     * @param assessmentDueOn        local rule T24
     * @param nextReviewDueOn        the next team-around-the-family review (local rule T25)
     * @param awaitingStepUpDecision a review asked social care to step up, and the front door has not decided yet
     * @param closedOn               null while it is open
     */
    public record Episode(String ehEpisodeId, boolean open, LocalDate startedOn, String origin, String steppedDownFrom,
            String requestedBy, String requestReason, String team, String leadPractitioner, LocalDate transferDueOn,
            LocalDate transferAcceptedOn, LocalDate assessmentDueOn, LocalDate assessmentCompletedOn, LocalDate nextReviewDueOn,
            boolean awaitingStepUpDecision, LocalDate closedOn, String closure, List<Step> steps) {
    }

    /**
     * @param step    {@code STARTED}, {@code TRANSFER_ACCEPTED}, {@code ASSESSMENT_COMPLETED}, {@code REVIEW_HELD},
     *                {@code STEP_UP_DECIDED} or {@code CLOSED}
     * @param inTime  done on or before its due date; null for a step with none
     * @param outcome what it decided: the origin, a review's decision ({@code STEP_UP} …), {@code ACCEPTED} or
     *                {@code NOT_ACCEPTED}, the closure
     */
    public record Step(LocalDate occurredOn, String step, LocalDate dueOn, Boolean inTime, String outcome, String detail) {
    }
}
