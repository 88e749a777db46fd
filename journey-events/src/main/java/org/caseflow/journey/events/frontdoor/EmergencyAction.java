package org.caseflow.journey.events.frontdoor;

/** What the emergency duty team did out of hours, with the words a practitioner reads for it. */
public enum EmergencyAction {
    /** The police used their powers of protection (Children Act 1989, s46). */
    POLICE_PROTECTION("police protection"),
    OUT_OF_HOURS_STRATEGY_DISCUSSION("an out-of-hours strategy discussion"),
    PLACEMENT("an emergency placement"),
    ADVICE("advice");

    private final String label;

    EmergencyAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
