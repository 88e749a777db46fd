package org.caseflow.workflow.tasklist;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.caseflow.calendar.WorkingDayCalendar;
import org.caseflow.workflow.tasklist.rules.TimescaleStanding;
import org.springframework.stereotype.Component;

/**
 * Keeps in each open task's local variable {@value #VARIABLE} where it stands against its timescale
 * ("3 working days late", "due in 2 working days"), which Tasklist's filters show as a column: a
 * candidate team may read a task's own variables, and Tasklist cannot count working days itself.
 * Set as the task is created (work can be late from the start, a contact recorded days after it
 * came in), and kept current by {@link TimescaleStatusRefresh}. Time is the engine's clock.
 */
@Component
class TimescaleStatus implements TaskListener {

    static final String VARIABLE = "timescaleStatus";
    static final String LABEL = "Timescale";

    private final WorkingDayCalendar calendar;

    TimescaleStatus(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    @Override
    public void notify(DelegateTask task) {
        of(task.getDueDate(), task.getFollowUpDate()).ifPresent(status -> task.setVariableLocal(VARIABLE, status));
    }

    /** Where work with these dates stands now; nothing while it is neither overdue nor at risk. */
    Optional<String> of(Date due, Date followUp) {
        return TimescaleStanding.at(ClockUtil.getCurrentTime().toInstant(), instant(due), instant(followUp), calendar);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
