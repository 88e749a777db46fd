package org.caseflow.journey.events.earlyhelp;

/** How a child came to Early Help. */
public enum EarlyHelpOrigin {
    FRONT_DOOR("the front door"),
    ASSESSMENT_STEP_DOWN("a child and family assessment, stepped down"),
    SECTION_47_STEP_DOWN("a section 47 enquiry, stepped down"),
    CIN_PLAN_STEP_DOWN("a child in need plan, stepped down"),
    CP_PLAN_STEP_DOWN("a child protection plan, stepped down"),
    PARTNER_REQUEST("a request from a partner agency");

    private final String label;

    EarlyHelpOrigin(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Social care handed the child over: the Early Help team accepts the transfer first. */
    public boolean isStepDown() {
        return name().endsWith("_STEP_DOWN");
    }
}
