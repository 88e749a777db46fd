package org.caseflow.casework.fostering;

import java.time.LocalDate;
import org.caseflow.casework.child.CodeAndWords;

/**
 * One household of the foster carer register as it stands on a day: who they are, who approved and
 * supervises them, whether they are still approved, and whether their DBS check and supervisory
 * visits are in time that day. Once a household is deregistered its clocks stop: nothing is due, and
 * nothing is in date or overdue.
 *
 * @param type              {@code IN_HOUSE} or {@code KINSHIP}, with its words ("in-house foster carer")
 * @param approvedBy        the fostering team manager who approved the household
 * @param supervisingWorker the household's supervising social worker, the carer's case worker
 * @param deregistration    null while the household is approved
 */
record FosterCarer(String carerId, String householdName, CodeAndWords type, LocalDate approvedOn, String approvedBy,
        String supervisingWorker, CarerStatus status, Deregistration deregistration, Dbs dbs, SupervisionVisits supervisionVisits) {

    /**
     * @param reason     e.g. {@code RESIGNED}, "the carer resigned"
     * @param recordedBy the manager who deregistered the household
     */
    record Deregistration(LocalDate deregisteredOn, CodeAndWords reason, String recordedBy) {
    }

    /**
     * The household's enhanced DBS check (rule T27).
     *
     * @param lastCheckedOn the latest check, whether recorded at approval or since; null when none has been
     * @param renewalDueOn  when the next check is due: the renewal of the last, or for a household approved with
     *                      none recorded the day of approval; null once deregistered
     * @param recorded      a check has been recorded
     * @param inDate        on the day: a check recorded and its renewal not overdue; null once deregistered
     */
    record Dbs(LocalDate lastCheckedOn, LocalDate renewalDueOn, boolean recorded, Boolean inDate) {

        static Dbs on(LocalDate day, LocalDate lastCheckedOn, LocalDate renewalDueOn, boolean deregistered) {
            boolean recorded = lastCheckedOn != null;
            if (deregistered) {
                return new Dbs(lastCheckedOn, null, recorded, null);
            }
            // a renewal due that day is still in date; with no due date known, the register does not claim it is
            boolean inDate = recorded && renewalDueOn != null && !day.isAfter(renewalDueOn);
            return new Dbs(lastCheckedOn, renewalDueOn, recorded, inDate);
        }
    }

    /**
     * The supervising social worker's visits to the household (rule T28).
     *
     * @param lastVisitOn the latest visit; null before the first
     * @param nextDueOn   counted from the last visit, or from the approval for the first; null once deregistered
     * @param overdue     on the day: past its due day with no visit recorded; null once deregistered
     */
    record SupervisionVisits(LocalDate lastVisitOn, LocalDate nextDueOn, Boolean overdue) {

        static SupervisionVisits on(LocalDate day, LocalDate lastVisitOn, LocalDate nextDueOn, boolean deregistered) {
            if (deregistered) {
                return new SupervisionVisits(lastVisitOn, null, null);
            }
            return new SupervisionVisits(lastVisitOn, nextDueOn, nextDueOn != null && day.isAfter(nextDueOn));
        }
    }
}
