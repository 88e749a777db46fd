package org.caseflow.journey.events.workforce;

/**
 * The facts of the workforce's journeys (supervision of each worker, and the allocation of a
 * child's case to a worker): event data keys, and the same names as process variables and Camunda
 * Form field keys.
 */
public final class WorkforceData {

    /** The worker a supervision journey is for (a user id). */
    public static final String SUPERVISED_WORKER = "supervisedWorker";
    /** Who supervised them (a user id). */
    public static final String SUPERVISOR = "supervisor";
    public static final String SUPERVISION_DATE = "supervisionDate";
    public static final String SUPERVISION_DUE_ON = "supervisionDueOn";
    /** The rule a supervision is due by: T21 for a worker in their ASYE, T22 otherwise. */
    public static final String SUPERVISION_TIMESCALE = "supervisionTimescale";
    /** A child's case is allocated to a worker, from a date, for a reason. */
    public static final String CASE_WORKER = "caseWorker";
    public static final String PREVIOUS_WORKER = "previousWorker";
    public static final String REALLOCATION_DATE = "reallocationDate";
    public static final String REALLOCATION_REASON = "reallocationReason";

    private WorkforceData() {
    }
}
