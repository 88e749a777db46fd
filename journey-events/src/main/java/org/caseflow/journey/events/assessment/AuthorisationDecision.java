package org.caseflow.journey.events.assessment;

/** What a team manager decides on an assessment put to them, with the words a practitioner reads for it. */
public enum AuthorisationDecision {
    AUTHORISE("authorised"),
    /** More work is needed: the assessment goes back to its social worker with the manager's direction. */
    SEND_BACK("sent back for more work");

    private final String label;

    AuthorisationDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
