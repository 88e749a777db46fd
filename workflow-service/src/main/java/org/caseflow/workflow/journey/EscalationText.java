package org.caseflow.workflow.journey;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.caseflow.calendar.Timescale;
import org.caseflow.calendar.Timescales;
import org.caseflow.calendar.WorkingDayCalendar;
import org.caseflow.workflow.forms.TaskInput;

/**
 * What a manager reviewing missed work reads on the one review form every stage shares
 * ({@code review-overdue-work}): what was missed, in the words of its rule (statutory or local),
 * the day it was due, and by how many working days it was late when the review was raised. Set
 * on the review task as it is created, in the task-local variable {@value #VARIABLE} that the
 * form shows.
 */
class EscalationText implements TaskListener {

    static final String VARIABLE = "escalationText";

    private final JourneyEventDeclaration declaration;
    private final Timescales timescales;
    private final WorkingDayCalendar calendar;

    EscalationText(JourneyEventDeclaration declaration, Timescales timescales, WorkingDayCalendar calendar) {
        this.declaration = declaration;
        this.timescales = timescales;
        this.calendar = calendar;
    }

    @Override
    public void notify(DelegateTask task) {
        JourneyEventDeclaration event = declaration.withDefaults(ProcessDefaults.of(task.getExecution()));
        LocalDate due = JourneyExpressions.date(event.due(), task.getExecution());
        Timescale rule = timescales.byId(JourneyExpressions.text(event.timescale(), task.getExecution()));
        task.setVariableLocal(VARIABLE, of(rule, due, TaskInput.today(), calendar));
    }

    /**
     * The escalation in words. Work due by the end of a day is late from the next working day, so a
     * review raised as its deadline passes says 1 working day.
     */
    static String of(Timescale rule, LocalDate due, LocalDate raisedOn, WorkingDayCalendar calendar) {
        String missed = "Missed: **" + lowerFirst(rule.description()) + "** (" + rule.limitInWords() + ", rule " + rule.id()
                + "). It was due by the end of **" + due + "** and nothing had been recorded by then";
        // work due before the years the bank holidays cover (a long-standing foster carer approved
        // with no DBS check recorded) is still escalated; its lateness is not guessed at in working days
        if (!calendar.coveredYears().contains(due) || !calendar.coveredYears().contains(raisedOn)) {
            return missed + ": it was late when this review was raised on " + raisedOn + ".";
        }
        int late = Math.max(1, calendar.workingDaysBetween(due, raisedOn));
        return missed + ": it was **" + late + (late == 1 ? " working day" : " working days") + " late** when this review was raised on "
                + raisedOn + ".";
    }

    private static String lowerFirst(String text) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
