package org.caseflow.workflow.overdue;

/** Where an open task stands against its statutory timescale. */
public enum TaskTiming {
    /** Past the end of its deadline day. */
    OVERDUE,
    /** Past its follow-up ("at risk") date, and not yet due: about to be overdue. */
    AT_RISK
}
