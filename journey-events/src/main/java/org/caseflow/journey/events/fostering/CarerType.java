package org.caseflow.journey.events.fostering;

/** What kind of foster carer a household is; the council's report measures each kind apart. */
public enum CarerType {
    /** Approved by the council's fostering service to care for any child it places with them. */
    IN_HOUSE("in-house foster carer"),
    /** A relative, friend or other connected person approved to care for a particular child (also called a connected carer). */
    KINSHIP("kinship (connected person) carer");

    private final String label;

    CarerType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
