package org.caseflow.journey.events;

/** What the front door decided to do with a contact. */
public enum ContactOutcome {
    NO_FURTHER_ACTION,
    INFORMATION_AND_ADVICE,
    EARLY_HELP,
    REFERRAL,
    STRATEGY_DISCUSSION
}
