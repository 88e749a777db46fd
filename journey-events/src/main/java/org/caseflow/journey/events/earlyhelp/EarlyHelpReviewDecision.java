package org.caseflow.journey.events.earlyhelp;

/** What a team-around-the-family review decided. */
public enum EarlyHelpReviewDecision {
    CONTINUE("the plan continues"),
    CLOSE("the episode closes"),
    STEP_UP("ask children's social care to step up");

    private final String label;

    EarlyHelpReviewDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
