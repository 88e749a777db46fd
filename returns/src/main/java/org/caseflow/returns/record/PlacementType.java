package org.caseflow.returns.record;

/**
 * Where a looked-after child lives (SSDA903 {@code PLACE}), as the 2025 to 2026 return accepts it
 * (rule 146): P2 was withdrawn from 28 October 2023, H5 was replaced by K3 in 2025 and Z1 by
 * Z11 to Z14, whose meanings are not yet modelled here (see docs/returns.md).
 */
public enum PlacementType implements DescribedCode {
    A3("placed for adoption with consent with current foster carer(s)"),
    A4("placed for adoption with consent, not with current foster carer(s)"),
    A5("placed for adoption with placement order with current foster carer(s)"),
    A6("placed for adoption with placement order, not with current foster carer(s)"),
    K1("secure children's home"),
    K2("children's home"),
    K3("supported accommodation"),
    P1("placed with own parent(s) or other person(s) with parental responsibility"),
    P3("residential employment"),
    R1("residential care home"),
    R2("NHS or health trust or other establishment providing medical or nursing care"),
    R3("family centre or mother and baby unit"),
    R5("young offender institution or prison"),
    S1("all residential schools, except where dual-registered as a school and children's home"),
    T0("temporary move of any kind"),
    T1("temporary periods in hospital"),
    T2("temporary absences of the child on holiday"),
    T3("temporary accommodation while the normal foster carer(s) are on holiday"),
    T4("temporary accommodation of seven days or less, for any reason not covered by T1 to T3"),
    U1("foster placement with relative or friend, long term fostering"),
    U2("foster placement with relative or friend who is also an approved adopter: fostering for adoption or concurrent planning"),
    U3("foster placement with relative or friend, not long term or fostering for adoption"),
    U4("foster placement with other foster carer, long term fostering"),
    U5("foster placement with other foster carer who is also an approved adopter: fostering for adoption or concurrent planning"),
    U6("foster placement with other foster carer, not long term or fostering for adoption");

    private final String label;

    PlacementType(String label) {
        this.label = label;
    }

    @Override
    public String code() {
        return name();
    }

    @Override
    public String label() {
        return label;
    }

    /** A temporary placement (T0 to T4): no reason for a placement change is recorded around one (rule 226). */
    public boolean isTemporary() {
        return name().startsWith("T");
    }
}
