package org.caseflow.workflow.assessment.rules;

import java.time.LocalDate;
import java.util.function.BiPredicate;
import org.caseflow.journey.events.assessment.AssessmentData;
import org.caseflow.workflow.rules.BusinessDateRules;
import org.caseflow.workflow.rules.RuleViolation;

/** What the allocation and the child and family assessment must say (rule T3 for its timeliness). */
public final class AssessmentRules {

    private AssessmentRules() {
    }

    public record Allocation(String worker, String team, LocalDate allocatedOn, LocalDate referralDate) {
    }

    /**
     * @param dueOn the T3 deadline: 45 working days after the referral
     */
    public record Assessment(LocalDate referralDate, LocalDate startedOn, LocalDate authorisedOn, LocalDate dueOn,
            boolean lateReasonGiven) {
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
     * Started on or after the referral and authorised on or after it started, neither in the future;
     * authorised after its due date, it must say why (Working Together 2023).
     */
    public static void checkAssessment(Assessment assessment, LocalDate today) {
        BusinessDateRules.requireHappened(AssessmentData.ASSESSMENT_START_DATE, assessment.startedOn(), today);
        BusinessDateRules.requireHappened(AssessmentData.ASSESSMENT_AUTHORISED_DATE, assessment.authorisedOn(), today);
        BusinessDateRules.requireNotBefore(AssessmentData.ASSESSMENT_START_DATE, assessment.startedOn(), "the referral date",
                assessment.referralDate());
        BusinessDateRules.requireNotBefore(AssessmentData.ASSESSMENT_AUTHORISED_DATE, assessment.authorisedOn(), "the start date",
                assessment.startedOn());
        if (assessment.authorisedOn().isAfter(assessment.dueOn()) && !assessment.lateReasonGiven()) {
            throw new RuleViolation(AssessmentData.LATE_REASON, "Authorised after the due date (" + assessment.dueOn()
                    + "): please record why it took longer than its timescale.");
        }
    }
}
