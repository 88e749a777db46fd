package org.caseflow.workflow.timescale;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.caseflow.calendar.DateOutsideCalendarException;
import org.caseflow.calendar.Timescale;
import org.caseflow.calendar.Timescales;
import org.caseflow.calendar.WorkingDayCalendar;
import org.caseflow.journey.events.BusinessDates;
import org.caseflow.workflow.forms.TaskInput;
import org.springframework.stereotype.Component;

/**
 * Starts statutory and local clocks from BPMN, where the clock starts:
 * {@code ${statutoryClock.start(execution, 'assessment', 'T3', 'referralDate')}} times the work
 * called {@code assessment} by rule T3 from the business date in {@code referralDate}. The
 * deadline is computed once, from that date, and kept in variables named after the work:
 * <ul>
 *   <li>{@code assessmentDue}: the end of the deadline day, for the task's due date and the escalation timer;</li>
 *   <li>{@code assessmentAtRisk}: the start of the at-risk day, for the task's follow-up date;</li>
 *   <li>{@code assessmentDueOn}: the deadline day (ISO date), for forms and events;</li>
 *   <li>{@code assessmentRule}: the rule in words ("45 working days, rule T3"), for forms;</li>
 *   <li>{@code assessmentTimescale}: the rule's id ({@code T3}), for work whose rule changes as it
 *       recurs (the first core group by T5, later ones by T6);</li>
 *   <li>{@code assessmentCountedFrom}: the day the clock counts from (ISO date): no occurrence of
 *       recurring work is recorded before the last.</li>
 * </ul>
 * A recurring clock (visits every N working days, reviews every 6 months) is the same call made
 * again each time the work is done, from the date it was actually done: the next one is due the
 * interval after the last, whenever that was recorded.
 */
@Component("statutoryClock")
public class StatutoryClocks {

    /** Work is due by the end of its deadline day, London time. */
    static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    private final WorkingDayCalendar calendar;
    private final Timescales timescales;

    StatutoryClocks(WorkingDayCalendar calendar, Timescales timescales) {
        this.calendar = calendar;
        this.timescales = timescales;
    }

    public void start(DelegateExecution execution, String work, String rule, String fromVariable) {
        startWith(execution, work, timescales.byId(rule), fromVariable);
    }

    /** The same, for a timescale a journey works out itself (a supervision's interval in its phase of the ASYE). */
    public void startWith(DelegateExecution execution, String work, Timescale timescale, String fromVariable) {
        LocalDate start = TaskInput.of(execution).requiredDate(fromVariable);
        try {
            LocalDate due = timescale.deadline(calendar, start);
            execution.setVariable(work + "Due", endOf(due));
            execution.setVariable(work + "AtRisk", startOf(timescale.atRisk(calendar, start)));
            execution.setVariable(work + "DueOn", due.toString());
            execution.setVariable(work + "Rule", timescale.limitInWords() + ", rule " + timescale.id());
            execution.setVariable(work + "Timescale", timescale.id());
            execution.setVariable(work + "CountedFrom", start.toString());
        } catch (DateOutsideCalendarException e) {
            throw TaskInput.invalid(fromVariable, e.getMessage());
        }
    }

    /**
     * Whether the work was recorded as done, by its business date in {@code dateVariable}, on or
     * before its due day: how a step typed after its escalation fired, but done in time, closes
     * the escalation (a conditional event on the review task).
     */
    public boolean recordedInTime(DelegateExecution execution, String work, String dateVariable) {
        Optional<LocalDate> done = TaskInput.of(execution).date(dateVariable);
        Optional<LocalDate> due = TaskInput.of(execution).date(work + "DueOn");
        return done.isPresent() && due.isPresent() && !done.get().isAfter(due.get());
    }

    /**
     * The review of a missed deadline keeps that deadline: called as the review task starts, it
     * copies the work's due date, rule and rule id onto the review's own scope. When the clock of
     * recurring work starts again for the next visit, the review still reads, publishes and is
     * closed by ({@link #recordedInTime}) the one that was missed, not the next.
     */
    public void keepMissedDeadline(DelegateExecution reviewScope, String work) {
        for (String suffix : new String[] {"DueOn", "Rule", "Timescale"}) {
            reviewScope.setVariableLocal(work + suffix, reviewScope.getVariable(work + suffix));
        }
    }

    /** This council's timescale with the rule id, statutory or local. */
    public Timescale timescale(String rule) {
        return timescales.byId(rule);
    }

    public static Date endOf(LocalDate day) {
        return Date.from(day.atTime(END_OF_DAY).atZone(BusinessDates.LONDON).toInstant());
    }

    public static Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(BusinessDates.LONDON).toInstant());
    }
}
