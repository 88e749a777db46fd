package org.caseflow.journey.events.childinneed;

/** What a child in need review decided. */
public enum CinReviewDecision {
    CONTINUE_PLAN("the plan continues"),
    END_PLAN("the plan ends");

    private final String label;

    CinReviewDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
