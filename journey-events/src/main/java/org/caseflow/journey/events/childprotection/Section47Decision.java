package org.caseflow.journey.events.childprotection;

/** What follows a section 47 enquiry. */
public enum Section47Decision {
    INITIAL_CONFERENCE("initial child protection conference"),
    /** For a child already on a plan: its next review conference is brought forward instead. */
    REVIEW_CONFERENCE("bring the plan's review conference forward"),
    CHILD_IN_NEED_PLAN("child in need plan"),
    EARLY_HELP("Early Help"),
    NO_FURTHER_ACTION("no further action");

    private final String label;

    Section47Decision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
