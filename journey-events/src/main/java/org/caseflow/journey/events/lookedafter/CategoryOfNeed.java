package org.caseflow.journey.events.lookedafter;

/** The main reason a child is in need (CIN census and SSDA903 codes N1 to N8). */
public enum CategoryOfNeed {
    N1("abuse or neglect"),
    N2("child's disability"),
    N3("parental illness or disability"),
    N4("family in acute stress"),
    N5("family dysfunction"),
    N6("socially unacceptable behaviour"),
    N7("low income"),
    N8("absent parenting");

    private final String label;

    CategoryOfNeed(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
