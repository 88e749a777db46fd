package org.caseflow.workflow.engineguard;

import static org.caseflow.workflow.engineguard.Refusals.badValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.DateTimeException;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.caseflow.journey.events.BusinessDates;
import org.caseflow.workflow.forms.FormContract;
import org.caseflow.workflow.forms.FormField;

/**
 * Checks what a person submitted on a step against the step's form: only the form's fields, each
 * a plain value of the field's kind (text, a date, one of the offered choices), within its limits.
 * Objects, JSON, XML, files and serialised Java are refused before the engine could read them.
 * The step's own rules (dates in order, a team that exists…) run afterwards, in the engine.
 */
final class SubmittedValues {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<ValueType> PLAIN = Set.of(ValueType.STRING, ValueType.DATE, ValueType.BOOLEAN, ValueType.INTEGER,
            ValueType.LONG, ValueType.SHORT, ValueType.DOUBLE, ValueType.NULL);

    private SubmittedValues() {
    }

    /**
     * @param existing        the journey's variables as they stand, for choices offered at run time
     *                        ({@code valuesKey}) and facts already recorded
     * @param requireFilled   whether the form's required fields must all be filled here
     */
    static void check(Map<String, Object> submitted, FormContract form, Function<String, Object> existing,
            boolean requireFilled) {
        submitted = submitted == null ? Map.of() : submitted;
        for (String name : submitted.keySet()) {
            FormField field = form.field(name).orElseThrow(() -> badValue(name, "'" + name + "' is not a field of the form "
                    + form.formId() + ": a step records only the fields of its own form."));
            Object value = plainValue(submitted, name);
            if (IdentifyingFacts.isIdentifying(name) && isGiven(existing.apply(name)) && isGiven(value)) {
                throw badValue(name, "This journey's " + field.label() + " is already recorded and is not changed here.");
            }
            checkValue(field, value, existing);
        }
        if (requireFilled) {
            requireFilled(submitted, form);
        }
    }

    private static void requireFilled(Map<String, Object> submitted, FormContract form) {
        for (FormField field : form.fields()) {
            if (field.required() && !field.conditional() && !isGiven(plainValueOrNull(submitted, field.key()))) {
                throw badValue(field.key(), "Please fill in " + field.label() + ".");
            }
        }
    }

    private static void checkValue(FormField field, Object value, Function<String, Object> existing) {
        if (!isGiven(value)) {
            return;
        }
        if (field.isText()) {
            String text = textOf(field, value);
            if (text.length() > field.longestText()) {
                throw badValue(field.key(), field.label() + " is longer than " + field.longestText() + " characters.");
            }
            if (field.pattern() != null && !field.pattern().matcher(text).matches()) {
                throw badValue(field.key(), field.label() + " is not in the expected form.");
            }
        } else if (field.isChoice()) {
            String choice = textOf(field, value);
            if (!choicesOf(field, existing).contains(choice)) {
                throw badValue(field.key(), "'" + abbreviated(choice) + "' is not one of the choices for " + field.label() + ".");
            }
        } else if (field.isDate() || field.isDateTime()) {
            checkDate(field, value);
        } else if ("checkbox".equals(field.type())) {
            if (!(value instanceof Boolean)) {
                throw badValue(field.key(), field.label() + " must be yes or no.");
            }
        } else if ("number".equals(field.type())) {
            if (!(value instanceof Number)) {
                throw badValue(field.key(), field.label() + " must be a number.");
            }
        } else {
            // a kind of field this check does not know yet takes nothing until it does
            throw badValue(field.key(), field.label() + " cannot be recorded here.");
        }
    }

    private static void checkDate(FormField field, Object value) {
        if (value instanceof Date) {
            return;
        }
        String text = textOf(field, value);
        try {
            if (field.isDate()) {
                BusinessDates.parseDate(text);
            } else {
                BusinessDates.parseDateTime(text);
            }
        } catch (DateTimeException e) {
            throw badValue(field.key(), field.label() + " must be a date such as 2025-12-22, not '" + abbreviated(text) + "'.");
        }
    }

    private static String textOf(FormField field, Object value) {
        if (value instanceof String text) {
            return text;
        }
        throw badValue(field.key(), field.label() + " must be text.");
    }

    /** The choices a select reads from a variable: a JSON list of {@code {label, value}} or of strings. */
    private static Set<String> choicesOf(FormField field, Function<String, Object> existing) {
        if (field.choices() != null) {
            return field.choices();
        }
        Set<String> choices = new LinkedHashSet<>();
        Object offered = field.valuesKey() == null ? null : existing.apply(field.valuesKey());
        if (offered == null) {
            return choices;
        }
        try {
            // Spin JSON (as TeamWorkers offers it) prints itself as JSON; a plain list is written as JSON
            JsonNode list = offered instanceof Iterable<?> || offered instanceof Map<?, ?>
                    ? JSON.valueToTree(offered) : JSON.readTree(offered.toString());
            list.forEach(choice -> choices.add(choice.isObject() ? choice.path("value").asText() : choice.asText()));
        } catch (IOException e) {
            return choices;
        }
        return choices;
    }

    /** The submitted value as a plain Java value; anything that is not plain is refused unread. */
    private static Object plainValue(Map<String, Object> submitted, String name) {
        Object value = submitted instanceof VariableMap variables ? variables.getValueTyped(name) : submitted.get(name);
        if (value instanceof TypedValue typed) {
            if (typed.getType() != null && !PLAIN.contains(typed.getType())) {
                throw badValue(name, "Values are recorded as plain text, dates, numbers or yes/no, not as "
                        + typed.getType().getName() + ".");
            }
            value = typed.getValue();
        }
        if (value == null || value instanceof String || value instanceof Date || value instanceof Boolean || value instanceof Number) {
            return value;
        }
        throw badValue(name, "Values are recorded as plain text, dates, numbers or yes/no.");
    }

    private static Object plainValueOrNull(Map<String, Object> submitted, String name) {
        return submitted.containsKey(name) ? plainValue(submitted, name) : null;
    }

    private static boolean isGiven(Object value) {
        return value != null && !(value instanceof String text && text.isBlank());
    }

    private static String abbreviated(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
