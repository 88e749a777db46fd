package org.caseflow.journey.events.lookedafter;

/** How a child came to be looked after. */
public enum CareEntryRoute {
    CP_PLAN("from a child protection plan"),
    CIN_PLAN("from a child in need plan"),
    ASSESSMENT("from a child and family assessment"),
    POLICE_PROTECTION("police protection"),
    REMAND("remand"),
    UNACCOMPANIED_CHILD("an unaccompanied child seeking asylum"),
    ACCOMMODATED("accommodated at the family's request (section 20)");

    private final String label;

    CareEntryRoute(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
