package org.caseflow.workflow.fostering.rules;

import static org.caseflow.journey.events.fostering.FosteringData.CARER_APPROVAL_DATE;
import static org.caseflow.journey.events.fostering.FosteringData.CARER_ID;
import static org.caseflow.journey.events.fostering.FosteringData.CARER_VISIT_DATE;
import static org.caseflow.journey.events.fostering.FosteringData.DBS_CHECK_DATE;
import static org.caseflow.journey.events.fostering.FosteringData.DEREGISTRATION_DATE;
import static org.caseflow.journey.events.fostering.FosteringData.SUPERVISING_WORKER;

import java.time.LocalDate;
import java.util.function.Predicate;
import org.caseflow.workflow.rules.BusinessDateRules;
import org.caseflow.workflow.rules.RuleViolation;

/**
 * What a foster carer's steps must say: an approval names a carer id not used before and a
 * supervising social worker of the fostering team; checks, visits and deregistration happened,
 * in order. A check or visit made late is recorded as it happened: lateness is measured, not refused.
 */
public final class FosterCarerRules {

    private FosterCarerRules() {
    }

    /**
     * @param dbsCheckedOn the latest DBS check known at approval; null when none is recorded
     */
    public record Approval(String carerId, LocalDate approvedOn, String supervisingWorker, LocalDate dbsCheckedOn) {
    }

    /**
     * @param isRegistered          whether a carer id has been used before (by a carer on the register or deregistered)
     * @param isFosteringSocialWorker whether a user is a social worker of the fostering team
     */
    public static void checkApproval(Approval approval, LocalDate today, Predicate<String> isRegistered,
            Predicate<String> isFosteringSocialWorker) {
        if (isRegistered.test(approval.carerId())) {
            throw new RuleViolation(CARER_ID, "A foster carer with the id " + approval.carerId()
                    + " is already on the register, or was: give this household an id of its own.");
        }
        if (!isFosteringSocialWorker.test(approval.supervisingWorker())) {
            throw new RuleViolation(SUPERVISING_WORKER, approval.supervisingWorker()
                    + " is not a social worker of the fostering team: a carer's supervising social worker is.");
        }
        BusinessDateRules.requireHappened(CARER_APPROVAL_DATE, approval.approvedOn(), today);
        if (approval.dbsCheckedOn() != null) {
            BusinessDateRules.requireHappened(DBS_CHECK_DATE, approval.dbsCheckedOn(), today);
        }
    }

    /**
     * A new DBS check: after the last one recorded (a renewal is a new certificate, not the same
     * one again), and not in the future.
     *
     * @param lastCheck the check it renews; null for a carer approved with none recorded
     */
    public static void checkDbsCheck(LocalDate lastCheck, LocalDate checkedOn, LocalDate today) {
        BusinessDateRules.requireHappened(DBS_CHECK_DATE, checkedOn, today);
        if (lastCheck != null && !checkedOn.isAfter(lastCheck)) {
            throw new RuleViolation(DBS_CHECK_DATE, DBS_CHECK_DATE + " (" + checkedOn + ") must be after the check it renews ("
                    + lastCheck + ").");
        }
    }

    /** A supervisory visit: since the approval or the last visit, and not in the future. */
    public static void checkVisit(LocalDate countedFrom, LocalDate visitedOn, LocalDate today) {
        BusinessDateRules.requireHappened(CARER_VISIT_DATE, visitedOn, today);
        BusinessDateRules.requireNotBefore(CARER_VISIT_DATE, visitedOn, "the approval or the last visit", countedFrom);
    }

    public static void checkDeregistration(LocalDate approvedOn, LocalDate deregisteredOn, LocalDate today) {
        BusinessDateRules.requireHappened(DEREGISTRATION_DATE, deregisteredOn, today);
        BusinessDateRules.requireNotBefore(DEREGISTRATION_DATE, deregisteredOn, "the approval", approvedOn);
    }
}
