package org.caseflow.journey.events.childinneed;

/** Why a child in need plan ended, and where the child went. */
public enum CinPlanEndReason {
    STEP_DOWN_TO_EARLY_HELP("stepped down to Early Help"),
    STEP_UP_TO_CHILD_PROTECTION("stepped up to child protection (a strategy discussion)"),
    BECAME_LOOKED_AFTER("became looked after"),
    NO_FURTHER_ACTION("no further action"),
    MOVED_AWAY("moved to another area");

    private final String label;

    CinPlanEndReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
