package org.caseflow.journey.events.earlyhelp;

/** How an Early Help episode ended. */
public enum EarlyHelpClosure {
    NEEDS_MET("needs met"),
    STEPPED_UP("stepped up to children's social care"),
    DISENGAGED("the family disengaged"),
    MOVED_AWAY("moved to another area");

    private final String label;

    EarlyHelpClosure(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
