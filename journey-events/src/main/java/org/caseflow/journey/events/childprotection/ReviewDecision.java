package org.caseflow.journey.events.childprotection;

/** What a child protection review conference decided. */
public enum ReviewDecision {
    CONTINUE_PLAN("the plan continues"),
    END_PLAN("the plan ends");

    private final String label;

    ReviewDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
