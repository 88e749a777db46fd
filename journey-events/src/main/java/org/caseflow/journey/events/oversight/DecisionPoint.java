package org.caseflow.journey.events.oversight;

/**
 * The decisions inspectors expect a manager to make or endorse (Ofsted's inspections of local
 * authority children's services, ILACS: "management oversight"), with the words a practitioner
 * reads for each.
 */
public enum DecisionPoint {
    CONTACT_DECISION("the decision on a contact"),
    ASSESSMENT_AUTHORISATION("the authorisation of an assessment"),
    SECTION_47_OUTCOME("the outcome of a section 47 enquiry"),
    STEP_DOWN("a step-down (to Early Help, or from protection to a child in need plan)"),
    CLOSURE("a closure");

    private final String label;

    DecisionPoint(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The point a recorded code names; an unknown code is refused, so the event is set aside rather than counted wrongly. */
    public static DecisionPoint ofRecorded(String code) {
        return valueOf(code);
    }
}
