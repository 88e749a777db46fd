package org.caseflow.support.directory;

/** How a worker is employed: the share of the workforce that is permanent is one of the council's measures. */
public enum Employment {
    PERMANENT,
    AGENCY
}
