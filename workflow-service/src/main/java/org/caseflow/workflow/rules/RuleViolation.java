package org.caseflow.workflow.rules;

/**
 * A journey rule refused what was recorded: the field it is about and why, in words the person can
 * act on. The engine adapter turns it into the form error Tasklist shows on the field, and the
 * APIs answer it as 400; nothing is saved.
 */
public class RuleViolation extends RuntimeException {

    private final String field;

    public RuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
