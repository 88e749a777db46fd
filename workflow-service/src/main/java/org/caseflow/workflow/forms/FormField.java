package org.caseflow.workflow.forms;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * One input of a Camunda Form, with what its definition says about the value: what kind it is,
 * whether it is required, how long it may be, and the choices it offers.
 *
 * @param choices   the values a select or radio offers, when fixed in the form; null otherwise
 * @param valuesKey the variable a select reads its choices from at run time (form-js {@code valuesKey})
 * @param shownWhen false when the form may hide the field (form-js {@code conditional}), so a
 *                  missing value is not an error here; the step's own rules decide
 */
public record FormField(String key, String label, String type, String subtype, boolean required, boolean conditional,
        Integer maxLength, Pattern pattern, Set<String> choices, String valuesKey) {

    /** Text with no limit in its form is still limited: nobody reads a record longer than this. */
    static final int LONGEST_TEXT = 4000;

    public boolean isDate() {
        return "datetime".equals(type) && "date".equals(subtype);
    }

    public boolean isDateTime() {
        return "datetime".equals(type) && !"date".equals(subtype);
    }

    public boolean isText() {
        return "textfield".equals(type) || "textarea".equals(type);
    }

    public boolean isChoice() {
        return "select".equals(type) || "radio".equals(type);
    }

    public int longestText() {
        return maxLength == null ? LONGEST_TEXT : Math.min(maxLength, LONGEST_TEXT);
    }
}
