package org.caseflow.journey.events.frontdoor;

/** Whether the referrer was told what the front door decided, with the words a practitioner reads for each. */
public enum ReferrerFollowUp {
    /** Told, with how and when. */
    TOLD("the referrer was told"),
    /** Not told, with why (an anonymous caller, a risk in telling). */
    NOT_TOLD("the referrer was not told");

    private final String label;

    ReferrerFollowUp(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
