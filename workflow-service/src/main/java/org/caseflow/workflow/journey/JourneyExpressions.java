package org.caseflow.workflow.journey;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.context.Context;
import org.caseflow.journey.events.BusinessDates;

/** Evaluates what a declaration says (a value or an expression such as {@code ${decisionDate}}) as a journey's variables stand. */
final class JourneyExpressions {

    private JourneyExpressions() {
    }

    static Object value(String expression, VariableScope scope) {
        if (expression == null) {
            return null;
        }
        return Context.getProcessEngineConfiguration().getExpressionManager().createExpression(expression).getValue(scope);
    }

    static String text(String expression, VariableScope scope) {
        Object value = value(expression, scope);
        return value == null ? null : value.toString();
    }

    /** A business date: an ISO date, a date-time (its day in London) or a {@code java.util.Date}. */
    static LocalDate date(String expression, VariableScope scope) {
        Object value = value(expression, scope);
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
}
