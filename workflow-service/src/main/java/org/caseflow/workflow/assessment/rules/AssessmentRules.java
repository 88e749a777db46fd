package org.caseflow.workflow.assessment.rules;

import java.time.LocalDate;
import java.util.function.BiPredicate;
import org.caseflow.journey.events.assessment.AssessmentData;
import org.caseflow.journey.events.assessment.AssessmentOutcome;
import org.caseflow.journey.events.assessment.AuthorisationDecision;
import org.caseflow.journey.events.oversight.OversightData;
import org.caseflow.workflow.earlyhelp.rules.StepDownFocus;
import org.caseflow.workflow.rules.BusinessDateRules;
import org.caseflow.workflow.rules.RuleViolation;

/** What the allocation, the child and family assessment and its authorisation must say (rule T3 for its timeliness). */
public final class AssessmentRules {

    private AssessmentRules() {
    }

    public record Allocation(String worker, String team, LocalDate allocatedOn, LocalDate referralDate) {
    }

    /** What the social worker puts to the team manager. */
    public record Assessment(LocalDate referralDate, LocalDate startedOn, LocalDate submittedOn, AssessmentOutcome outcome,
            StepDownFocus stepDownFocus) {
    }

    /**
     * The team manager's decision on it.
     *
     * @param dueOn the T3 deadline: 45 working days after the referral
     */
    public record Authorisation(AuthorisationDecision decision, LocalDate decidedOn, LocalDate submittedOn, LocalDate dueOn,
            String direction, boolean lateReasonGiven) {
    }

    /** A social worker of the referral's team, allocated on or after the referral, not in the future. */
    public static void checkAllocation(Allocation allocation, LocalDate today, BiPredicate<String, String> isSocialWorkerIn) {
        if (!isSocialWorkerIn.test(allocation.worker(), allocation.team())) {
            throw new RuleViolation(AssessmentData.ALLOCATED_WORKER, allocation.worker() + " is not a social worker in " + allocation.team() + ".");
        }
        BusinessDateRules.requireHappened(AssessmentData.ALLOCATION_DATE, allocation.allocatedOn(), today);
        BusinessDateRules.requireNotBefore(AssessmentData.ALLOCATION_DATE, allocation.allocatedOn(), "the referral date",
                allocation.referralDate());
    }

    /**
     * Started on or after the referral and put to the manager on or after it started, neither in the
     * future; a step-down names its focus.
     */
    public static void checkAssessment(Assessment assessment, LocalDate today) {
        BusinessDateRules.requireHappened(AssessmentData.ASSESSMENT_START_DATE, assessment.startedOn(), today);
        BusinessDateRules.requireHappened(AssessmentData.ASSESSMENT_SUBMITTED_DATE, assessment.submittedOn(), today);
        BusinessDateRules.requireNotBefore(AssessmentData.ASSESSMENT_START_DATE, assessment.startedOn(), "the referral date",
                assessment.referralDate());
        BusinessDateRules.requireNotBefore(AssessmentData.ASSESSMENT_SUBMITTED_DATE, assessment.submittedOn(), "the start date",
                assessment.startedOn());
        if (assessment.outcome() == AssessmentOutcome.STEP_DOWN_TO_EARLY_HELP) {
            assessment.stepDownFocus().require();
        }
    }

    /**
     * Decided on or after it was put to the manager, not in the future, with the manager's direction
     * in words; authorised after its due date, it must say why (Working Together 2023).
     */
    public static void checkAuthorisation(Authorisation authorisation, LocalDate today) {
        BusinessDateRules.requireHappened(OversightData.OVERSIGHT_DATE, authorisation.decidedOn(), today);
        BusinessDateRules.requireNotBefore(OversightData.OVERSIGHT_DATE, authorisation.decidedOn(), "the date it was put to you",
                authorisation.submittedOn());
        if (authorisation.direction() == null || authorisation.direction().isBlank()) {
            throw new RuleViolation(OversightData.MANAGER_DIRECTION, "Please give your direction in your own words.");
        }
        if (authorisation.decision() == AuthorisationDecision.AUTHORISE && authorisation.decidedOn().isAfter(authorisation.dueOn())
                && !authorisation.lateReasonGiven()) {
            throw new RuleViolation(AssessmentData.LATE_REASON, "Authorised after the due date (" + authorisation.dueOn()
                    + "): please record why it took longer than its timescale.");
        }
    }
}
