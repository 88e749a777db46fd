package org.caseflow.workflow.forms;

/**
 * Caseflow's own codes on engine exceptions (Camunda keeps 20000–39999 for applications). Camunda's
 * REST API wraps some refusals in a 500 of its own but keeps the code of the exception inside, so
 * the code is how the API's answer finds its way back to the right status.
 */
public final class EngineErrorCodes {

    /** What a person submitted breaks a journey rule: 400. */
    public static final int INVALID_INPUT = 20400;
    /** Another service the step needs could not answer: 503, try again. */
    public static final int DEPENDENCY_UNAVAILABLE = 20503;
    /** The engine's own database could not be reached: 503 as well, try again in a few seconds. */
    public static final int DATABASE_UNAVAILABLE = 21503;

    private EngineErrorCodes() {
    }
}
