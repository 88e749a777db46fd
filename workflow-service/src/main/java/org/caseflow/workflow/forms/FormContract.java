package org.caseflow.workflow.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The fields a step's Camunda Form declares: the only values a person may record on that step.
 * Read from the form's JSON (form-js schema) as deployed with the journey.
 */
public final class FormContract {

    /** A step with no form records nothing. */
    public static final FormContract NONE = new FormContract("(no form)", Map.of());

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Components that show text or structure but take no input. */
    private static final Set<String> NOT_INPUTS = Set.of("text", "html", "image", "spacer", "separator", "button", "table",
            "iframe", "group", "dynamiclist", "default");

    private final String formId;
    private final Map<String, FormField> fields;

    private FormContract(String formId, Map<String, FormField> fields) {
        this.formId = formId;
        this.fields = fields;
    }

    public static FormContract parse(byte[] formJson) {
        try {
            JsonNode form = JSON.readTree(formJson);
            Map<String, FormField> fields = new LinkedHashMap<>();
            collectInputs(form.path("components"), fields);
            return new FormContract(form.path("id").asText(), fields);
        } catch (IOException e) {
            throw new UncheckedIOException("A deployed form is not valid JSON", e);
        }
    }

    /** The form's id, which {@code camunda:formRef} names. */
    public String formId() {
        return formId;
    }

    public Optional<FormField> field(String key) {
        return Optional.ofNullable(fields.get(key));
    }

    public Collection<FormField> fields() {
        return fields.values();
    }

    private static void collectInputs(JsonNode components, Map<String, FormField> fields) {
        for (JsonNode component : components) {
            collectInputs(component.path("components"), fields);
            String type = component.path("type").asText();
            String key = component.path("key").asText(null);
            if (key == null || NOT_INPUTS.contains(type)) {
                continue;
            }
            JsonNode validate = component.path("validate");
            fields.put(key, new FormField(key, labelOf(component, key), type, component.path("subtype").asText(null),
                    validate.path("required").asBoolean(false), component.has("conditional"),
                    validate.has("maxLength") ? validate.get("maxLength").asInt() : null,
                    validate.has("pattern") ? Pattern.compile(validate.get("pattern").asText()) : null,
                    choicesOf(component), component.path("valuesKey").asText(null)));
        }
    }

    private static String labelOf(JsonNode component, String key) {
        for (String name : new String[] {"label", "dateLabel"}) {
            if (component.hasNonNull(name) && !component.get(name).asText().isBlank()) {
                return component.get(name).asText();
            }
        }
        return key;
    }

    private static Set<String> choicesOf(JsonNode component) {
        if (!component.has("values")) {
            return null;
        }
        Set<String> choices = new LinkedHashSet<>();
        component.get("values").forEach(choice -> choices.add(choice.path("value").asText()));
        return choices;
    }
}
