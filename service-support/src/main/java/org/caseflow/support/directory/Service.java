package org.caseflow.support.directory;

/** The services of children's social care a worker belongs to, as the council's workforce report groups them. */
public enum Service {
    ASSESSMENT_AND_SAFEGUARDING("assessment and safeguarding"),
    CHILDREN_IN_CARE("children in care"),
    CHILDRENS_DISABILITY("children's disability"),
    NEW_FUTURES("New Futures"),
    EARLY_HELP("Early Help"),
    /** The fostering service: supervising social workers hold foster carers' cases, not children's. */
    FOSTERING("fostering");

    private final String label;

    Service(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
