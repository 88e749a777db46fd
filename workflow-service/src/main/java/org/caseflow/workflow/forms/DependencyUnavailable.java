package org.caseflow.workflow.forms;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * A step needs another service to answer (the case record, when a contact names a known child)
 * and it could not: nothing is recorded, and the caller may try again shortly (503), rather than
 * be told something untrue, such as that the child is unknown.
 */
public class DependencyUnavailable extends ProcessEngineException {

    public DependencyUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
