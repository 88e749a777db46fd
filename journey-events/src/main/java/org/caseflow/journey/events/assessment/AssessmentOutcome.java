package org.caseflow.journey.events.assessment;

/** What a child and family assessment concluded, with the words a practitioner reads for it. */
public enum AssessmentOutcome {
    NO_FURTHER_ACTION("no further action, case closed"),
    STEP_DOWN_TO_EARLY_HELP("step down to Early Help"),
    CHILD_IN_NEED_PLAN("child in need plan"),
    STRATEGY_DISCUSSION("strategy discussion"),
    /** The child is to be looked after (the looked-after journey records the entry). */
    LOOKED_AFTER("the child is to be looked after");

    private final String label;

    AssessmentOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The assessment closes the child in need episode it was for. */
    public boolean closesTheEpisode() {
        return this == NO_FURTHER_ACTION || this == STEP_DOWN_TO_EARLY_HELP;
    }
}
