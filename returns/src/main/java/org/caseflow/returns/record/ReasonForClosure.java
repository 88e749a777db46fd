package org.caseflow.returns.record;

/** Why a child in need episode closed (CIN census {@code ReasonForClosure}, N00103). */
public enum ReasonForClosure implements DescribedCode {
    RC1("adopted"),
    RC2("died"),
    RC3("child arrangements order"),
    RC4("special guardianship order"),
    RC5("transferred to services of another local authority"),
    RC6("transferred to adult social care services"),
    RC7("services ceased for any other reason, including child no longer in need"),
    RC8("case closed after assessment, no further action"),
    RC9("case closed after assessment, referred to early help");

    private final String label;

    ReasonForClosure(String label) {
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
