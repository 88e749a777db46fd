package org.caseflow.journey.events;

/** What a child and family assessment concluded. */
public enum AssessmentOutcome {
    NO_FURTHER_ACTION,
    STEP_DOWN_TO_EARLY_HELP,
    CHILD_IN_NEED_PLAN,
    STRATEGY_DISCUSSION
}
