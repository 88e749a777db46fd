package org.caseflow.returns.record;

/** The main reason a looked-after child is in need (SSDA903 {@code CIN}), recorded once per period of care (rule 504). */
public enum CategoryOfNeed implements DescribedCode {
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

    @Override
    public String code() {
        return name();
    }

    @Override
    public String label() {
        return label;
    }
}
