package org.caseflow.returns.record;

/** The legal status a child is looked after under (SSDA903 {@code LS}). */
public enum LegalStatus implements DescribedCode {
    C1("interim care order"),
    C2("full care order"),
    D1("freeing order"),
    E1("placement order"),
    J1("remanded to local authority accommodation or youth detention accommodation"),
    J2("placed in local authority accommodation under PACE"),
    J3("sentenced to a youth rehabilitation order with residence or intensive fostering requirement"),
    L1("under police protection and in local authority accommodation"),
    L2("emergency protection order"),
    L3("under child assessment order and in local authority accommodation"),
    V2("single period of accommodation under section 20"),
    V3("accommodated under an agreed series of short-term breaks, individual episodes recorded"),
    V4("accommodated under an agreed series of short-term breaks, agreements recorded");

    private final String label;

    LegalStatus(String label) {
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

    /** An emergency protection order, or police protection (Annex A list 7 asks about the last six months). */
    public boolean isEmergencyProtection() {
        return this == L1 || this == L2;
    }
}
