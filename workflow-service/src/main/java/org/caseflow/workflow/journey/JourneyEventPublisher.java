package org.caseflow.workflow.journey;

import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.context.Context;
import org.caseflow.journey.events.BusinessDates;
import org.caseflow.journey.events.JourneyData;

/** Writes the declared journey event when its task completes, its process starts or its timer fires. */
class JourneyEventPublisher implements TaskListener, ExecutionListener {

    private final JourneyEventDeclaration declaration;
    private final JourneyEventWriter outbox;

    JourneyEventPublisher(JourneyEventDeclaration declaration, JourneyEventWriter outbox) {
        this.declaration = declaration;
        this.outbox = outbox;
    }

    @Override
    public void notify(DelegateTask task) {
        String worker = currentUser(task.getExecution()).orElse(task.getAssignee());
        publish(task.getExecution(), worker);
    }

    @Override
    public void notify(DelegateExecution execution) {
        publish(execution, currentUser(execution).orElse(null));
    }

    private void publish(DelegateExecution execution, String worker) {
        Map<String, Object> data = new LinkedHashMap<>();
        for (String name : declaration.data()) {
            Object value = execution.getVariable(name);
            if (value != null) {
                data.put(name, value instanceof Date date ? date.toInstant().toString() : value);
            }
        }
        if (declaration.timescale() != null) {
            data.put(JourneyData.TIMESCALE, declaration.timescale());
        }
        outbox.write(new NewJourneyEvent(
                declaration.type(),
                (String) execution.getVariable(JourneyData.LA_CHILD_ID),
                (String) execution.getVariable(JourneyData.CONTACT_ID),
                (String) execution.getVariable(JourneyData.REFERRAL_ID),
                dateOf(evaluate(declaration.date(), execution)),
                dateOf(evaluate(declaration.due(), execution)),
                declaration.team() == null ? null : String.valueOf(evaluate(declaration.team(), execution)),
                worker,
                execution.getProcessInstanceId(),
                data));
    }

    private static Object evaluate(String expression, VariableScope scope) {
        if (expression == null) {
            return null;
        }
        return Context.getProcessEngineConfiguration().getExpressionManager().createExpression(expression).getValue(scope);
    }

    private static LocalDate dateOf(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof Date date) {
            return BusinessDates.dateOf(date.toInstant());
        }
        return BusinessDates.parseDate(value.toString());
    }

    /** Who is signed in to the engine: the worker completing a task, nobody for a timer. */
    private static Optional<String> currentUser(DelegateExecution execution) {
        Authentication authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return Optional.ofNullable(authentication).map(Authentication::getUserId);
    }
}
