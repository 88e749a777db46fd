package org.caseflow.journey.events.lookedafter;

/** Where a looked-after child lives (SSDA903 PLACE codes). */
public enum PlacementType {
    A3("placed for adoption with consent, with current foster carers"),
    A4("placed for adoption with consent, not with current foster carers"),
    A5("placed for adoption with a placement order, with current foster carers"),
    A6("placed for adoption with a placement order, not with current foster carers"),
    H5("supported or semi-independent accommodation"),
    K1("secure children's home"),
    K2("children's home"),
    P1("placed with parents or others with parental responsibility"),
    P2("independent living"),
    P3("residential employment"),
    R1("residential care home"),
    R2("NHS or health trust establishment"),
    R3("family centre or mother and baby unit"),
    R5("young offender institution"),
    S1("residential school"),
    U1("foster placement with relative or friend, long term"),
    U2("foster placement with relative or friend who is an approved adopter (FFA)"),
    U3("foster placement with relative or friend, not long term or FFA"),
    U4("foster placement with other foster carer, long term"),
    U5("foster placement with other foster carer who is an approved adopter (FFA)"),
    U6("foster placement with other foster carer, not long term or FFA"),
    Z1("other placement");

    private final String label;

    PlacementType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** With relatives or friends (kinship care). */
    public boolean isKinship() {
        return this == U1 || this == U2 || this == U3;
    }

    /** In foster care of any kind. */
    public boolean isFoster() {
        return name().startsWith("U");
    }
}
