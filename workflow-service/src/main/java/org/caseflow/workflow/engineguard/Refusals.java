package org.caseflow.workflow.engineguard;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * How the guard says no. A step the person may not take is an {@link AuthorizationException}: the
 * REST APIs and the webapps answer 403 with its message. Bad values on a step they may take are a
 * {@link FormFieldValidationException}: 400, and Tasklist shows the message on the form. Both
 * leave the engine untouched: the guard runs before the command does anything.
 */
final class Refusals {

    private Refusals() {
    }

    static AuthorizationException notAllowed(String message) {
        return new RefusedByJourneyRules(message);
    }

    static FormFieldValidationException badValue(String field, String message) {
        return new FormFieldValidationException(field, message);
    }

    /** A refusal by Caseflow's journey rules, as opposed to one by Camunda's own authorizations. */
    static class RefusedByJourneyRules extends AuthorizationException {

        RefusedByJourneyRules(String message) {
            super(message);
        }
    }
}
