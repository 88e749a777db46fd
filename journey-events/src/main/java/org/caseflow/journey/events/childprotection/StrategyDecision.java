package org.caseflow.journey.events.childprotection;

/** What a strategy discussion decided. */
public enum StrategyDecision {
    SECTION_47("section 47 enquiry"),
    SINGLE_AGENCY_SECTION_47("single-agency section 47 enquiry"),
    NO_SECTION_47_CONTINUE_ASSESSMENT("no section 47: continue the assessment"),
    NO_SECTION_47_CHILD_IN_NEED("no section 47: child in need"),
    NO_FURTHER_ACTION("no further action");

    private final String label;

    StrategyDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The decision starts a section 47 enquiry, dated the day of the discussion. */
    public boolean startsAnEnquiry() {
        return this == SECTION_47 || this == SINGLE_AGENCY_SECTION_47;
    }
}
