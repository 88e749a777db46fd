package org.caseflow.returns.record;

/** The main reason a child is in need (CIN census {@code PrimaryNeedCode}, N00101). */
public enum PrimaryNeed implements DescribedCode {
    N1("abuse or neglect"),
    N2("child's disability"),
    N3("parental disability or illness"),
    N4("family in acute stress"),
    N5("family dysfunction"),
    N6("socially unacceptable behaviour"),
    N7("low income"),
    N8("absent parenting"),
    N9("cases other than children in need"),
    N0("not stated");

    private final String label;

    PrimaryNeed(String label) {
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
