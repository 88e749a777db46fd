package org.caseflow.workflow.forms;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.caseflow.journey.events.BusinessDates;

/**
 * What a worker submitted on a form, read and checked. A check that fails throws a
 * {@link FormFieldValidationException}: Tasklist shows its message on the form, the REST API
 * answers 400, and nothing is saved.
 */
public final class TaskInput {

    private final VariableScope scope;

    private TaskInput(VariableScope scope) {
        this.scope = scope;
    }

    public static TaskInput of(VariableScope scope) {
        return new TaskInput(scope);
    }

    public static FormFieldValidationException invalid(String field, String message) {
        return new FormFieldValidationException(field, message);
    }

    public Optional<String> text(String name) {
        Object value = scope.getVariable(name);
        return value == null || value.toString().isBlank() ? Optional.empty() : Optional.of(value.toString().trim());
    }

    public String requiredText(String name) {
        return text(name).orElseThrow(() -> invalid(name, "Please fill in " + name + "."));
    }

    public <E extends Enum<E>> E requiredChoice(String name, Class<E> choices) {
        String value = requiredText(name);
        try {
            return Enum.valueOf(choices, value);
        } catch (IllegalArgumentException e) {
            throw invalid(name, "'" + value + "' is not one of the choices for " + name + ".");
        }
    }

    /** A choice that may be left empty (a category asked for only with some answers). */
    public <E extends Enum<E>> Optional<E> choice(String name, Class<E> choices) {
        return text(name).isEmpty() ? Optional.empty() : Optional.of(requiredChoice(name, choices));
    }

    /** A checkbox: ticked, or not (left out counts as not ticked). */
    public boolean flag(String name) {
        Object value = scope.getVariable(name);
        return value instanceof Boolean ticked ? ticked : Boolean.parseBoolean(String.valueOf(value));
    }

    public Optional<LocalDate> date(String name) {
        Object value = scope.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            return Optional.empty();
        }
        if (value instanceof Date date) {
            return Optional.of(BusinessDates.dateOf(date.toInstant()));
        }
        try {
            return Optional.of(BusinessDates.parseDate(value.toString()));
        } catch (DateTimeException e) {
            throw invalid(name, name + " must be a date such as 2025-12-22, not '" + value + "'.");
        }
    }

    public LocalDate requiredDate(String name) {
        return date(name).orElseThrow(() -> invalid(name, "Please give the " + name + "."));
    }

    /** Today in London, by the engine's clock (which tests may set). */
    public static LocalDate today() {
        return BusinessDates.dateOf(ClockUtil.getCurrentTime().toInstant());
    }
}
