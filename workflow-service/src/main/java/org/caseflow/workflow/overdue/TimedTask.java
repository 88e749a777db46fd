package org.caseflow.workflow.overdue;

import java.time.LocalDate;

/**
 * An open task that is overdue or at risk, with what a manager needs to act on it.
 *
 * @param taskName           the step, as its journey names it ("Decide on contact"): the child has fields of its own
 * @param journey            the journey (stage) it belongs to: its process key, such as {@code assessment}
 * @param team               the team whose work it is (a managers' task counts for their team)
 * @param assignee           who holds it; {@code null} while it waits in the team's queue
 * @param workingDaysOverdue working days since the deadline day, today included; 0 while at risk,
 *                           and on a weekend or bank holiday straight after the deadline
 */
public record TimedTask(
        String taskId,
        String task,
        String taskName,
        String journey,
        String team,
        String assignee,
        String laChildId,
        String childName,
        LocalDate atRiskFrom,
        LocalDate dueOn,
        TaskTiming timing,
        int workingDaysOverdue,
        String processInstanceId) {
}
