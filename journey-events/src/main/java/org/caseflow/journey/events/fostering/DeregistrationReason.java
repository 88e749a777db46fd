package org.caseflow.journey.events.fostering;

/** Why a foster carer stopped being approved. */
public enum DeregistrationReason {
    RESIGNED("the carer resigned"),
    APPROVAL_TERMINATED("the fostering service terminated the approval"),
    TRANSFERRED_TO_ANOTHER_SERVICE("the carer moved to another fostering service"),
    PERMANENCE_ORDER("a special guardianship, child arrangements or adoption order for the child in their care"),
    CHILD_LEFT_THEIR_CARE("the child they were approved for left their care"),
    OTHER("another reason");

    private final String label;

    DeregistrationReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
