package org.caseflow.journey.events.childprotection;

/** Whether a section 47 enquiry substantiated the concerns. */
public enum Section47Outcome {
    CONCERNS_SUBSTANTIATED("concerns substantiated"),
    CONCERNS_NOT_SUBSTANTIATED("concerns not substantiated");

    private final String label;

    Section47Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
