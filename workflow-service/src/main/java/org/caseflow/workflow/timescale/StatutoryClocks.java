package org.caseflow.workflow.timescale;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.caseflow.calendar.DateOutsideCalendarException;
import org.caseflow.calendar.WorkingDayCalendar;
import org.caseflow.journey.events.BusinessDates;
import org.caseflow.workflow.forms.TaskInput;
import org.springframework.stereotype.Component;

/**
 * Starts statutory clocks from BPMN: {@code ${statutoryClock.start(execution, 'ASSESSMENT')}} on the
 * element where the clock starts. The deadline is computed once, from the business date that
 * started it, and kept in variables (see {@link StatutoryClock}).
 */
@Component("statutoryClock")
public class StatutoryClocks {

    /** Work is due by the end of its deadline day, London time. */
    static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    private final WorkingDayCalendar calendar;

    StatutoryClocks(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    public void start(DelegateExecution execution, String clockName) {
        StatutoryClock clock = StatutoryClock.valueOf(clockName);
        LocalDate start = TaskInput.of(execution).requiredDate(clock.startVariable());
        try {
            LocalDate due = clock.timescale().deadline(calendar, start);
            LocalDate atRisk = clock.timescale().atRisk(calendar, start);
            execution.setVariable(clock.dueVariable(), endOf(due));
            execution.setVariable(clock.atRiskVariable(), startOf(atRisk));
            execution.setVariable(clock.dueOnVariable(), due.toString());
        } catch (DateOutsideCalendarException e) {
            throw TaskInput.invalid(clock.startVariable(), e.getMessage());
        }
    }

    public static Date endOf(LocalDate day) {
        return Date.from(day.atTime(END_OF_DAY).atZone(BusinessDates.LONDON).toInstant());
    }

    public static Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(BusinessDates.LONDON).toInstant());
    }
}
