package org.caseflow.workflow.overdue;

import java.time.LocalDate;

/**
 * An open task still in time that becomes overdue within the forecast's working days unless it is
 * done: the work to chase or reallocate now.
 *
 * @param taskName        the step, as its journey names it ("Decide on contact"): the child has fields of its own
 * @param journey         the journey (stage) it belongs to: its process key, such as {@code assessment}
 * @param team            the team whose work it is (a managers' task counts for their team)
 * @param assignee        who holds it; {@code null} while it waits in the team's queue
 * @param workingDaysLeft working days after today before its deadline day ends; 0 for work due today
 */
public record DueSoonTask(
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
        int workingDaysLeft,
        String processInstanceId) {
}
