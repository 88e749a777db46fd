package org.caseflow.workflow.frontdoor;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * The case record could not say whether a child is known and open to the person: nothing is
 * recorded, and the caller may try again shortly (503), rather than be told the child is unknown.
 */
public class CaseRecordUnavailable extends ProcessEngineException {

    CaseRecordUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
