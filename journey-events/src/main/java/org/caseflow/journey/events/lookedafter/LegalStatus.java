package org.caseflow.journey.events.lookedafter;

/** The legal status a child is looked after under (SSDA903 LS codes). */
public enum LegalStatus {
    C1("interim care order"),
    C2("full care order"),
    D1("freeing order"),
    E1("placement order"),
    J1("remanded to local authority or youth detention accommodation"),
    J2("placed in local authority accommodation under PACE"),
    J3("youth rehabilitation order with residence or intensive fostering requirement"),
    L1("police protection, in local authority accommodation"),
    L2("emergency protection order"),
    L3("child assessment order, in local authority accommodation"),
    V2("single period of accommodation under section 20"),
    V3("agreed series of short-term breaks, episodes recorded"),
    V4("agreed series of short-term breaks, agreements recorded");

    private final String label;

    LegalStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * Looked after only under an agreed series of short-term breaks: left out of the number of
     * children looked after and of those entering care (DfE).
     */
    public boolean isShortBreaks() {
        return this == V3 || this == V4;
    }
}
