package org.caseflow.workflow.journey;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.caseflow.calendar.StatutoryTimescale;

/**
 * What a manager reviewing missed work reads on the one review form every stage shares
 * ({@code review-overdue-work}): the rule, in the words of {@link StatutoryTimescale}, and the day
 * it was due. Set on the review task as it is created, in the task-local variable
 * {@value #VARIABLE} that the form shows.
 */
class EscalationText implements TaskListener {

    static final String VARIABLE = "escalationText";

    private final JourneyEventDeclaration declaration;

    EscalationText(JourneyEventDeclaration declaration) {
        this.declaration = declaration;
    }

    @Override
    public void notify(DelegateTask task) {
        JourneyEventDeclaration event = declaration.withDefaults(ProcessDefaults.of(task.getExecution()));
        LocalDate due = JourneyExpressions.date(event.due(), task.getExecution());
        task.setVariableLocal(VARIABLE, of(StatutoryTimescale.byId(event.timescale()), due));
    }

    static String of(StatutoryTimescale rule, LocalDate due) {
        return "This was due by the end of **" + due + "**, under rule " + rule.id() + ": " + lowerFirst(rule.description())
                + ". Nothing had been recorded by then.";
    }

    private static String lowerFirst(String text) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
