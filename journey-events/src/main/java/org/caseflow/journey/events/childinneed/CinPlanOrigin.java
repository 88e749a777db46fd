package org.caseflow.journey.events.childinneed;

/** What started a child in need plan. */
public enum CinPlanOrigin {
    ASSESSMENT("a child and family assessment"),
    STRATEGY_DISCUSSION("a strategy discussion with no section 47 enquiry"),
    SECTION_47("a section 47 enquiry"),
    INITIAL_CONFERENCE("an initial conference that made no plan"),
    CP_PLAN_STEP_DOWN("a child protection plan stepped down");

    private final String label;

    CinPlanOrigin(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
