package org.caseflow.journey.events.childprotection;

/** What an initial child protection conference decided. */
public enum IcpcDecision {
    CHILD_PROTECTION_PLAN("child protection plan"),
    NO_PLAN_CHILD_IN_NEED("no plan: child in need"),
    NO_PLAN_NO_FURTHER_ACTION("no plan: no further action");

    private final String label;

    IcpcDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
