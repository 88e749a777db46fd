package org.caseflow.journey.events.childprotection;

/** Why a child protection plan ended. */
public enum PlanEndReason {
    STEP_DOWN_TO_CHILD_IN_NEED("stepped down to a child in need plan"),
    STEP_DOWN_TO_EARLY_HELP("stepped down to Early Help"),
    NO_FURTHER_ACTION("no further action"),
    BECAME_LOOKED_AFTER("became looked after"),
    MOVED_AWAY("moved to another area");

    private final String label;

    PlanEndReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
