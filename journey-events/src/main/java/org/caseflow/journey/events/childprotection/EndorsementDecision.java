package org.caseflow.journey.events.childprotection;

/** What a team manager decides on the outcome of a section 47 enquiry put to them, with the words a practitioner reads for it. */
public enum EndorsementDecision {
    ENDORSE("endorsed"),
    /** More work is needed: the enquiry goes back to the team's social workers with the manager's direction. */
    SEND_BACK("sent back for more work");

    private final String label;

    EndorsementDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
