package org.caseflow.returns.record;

/**
 * A child's ethnicity (CIN census {@code Ethnicity}, N00177; SSDA903 {@code ETHNIC}), declared in the
 * DfE's order: Annex A's lettered choices follow it.
 */
public enum Ethnicity implements DescribedCode {
    WBRI("White British"),
    WIRI("White Irish"),
    WIRT("Traveller of Irish heritage"),
    WOTH("any other White background"),
    WROM("Gypsy or Roma"),
    MWBC("White and Black Caribbean"),
    MWBA("White and Black African"),
    MWAS("White and Asian"),
    MOTH("any other mixed background"),
    AIND("Indian"),
    APKN("Pakistani"),
    ABAN("Bangladeshi"),
    AOTH("any other Asian background"),
    BCRB("Caribbean"),
    BAFR("African"),
    BOTH("any other Black background"),
    CHNE("Chinese"),
    OOTH("any other ethnic group"),
    REFU("refused"),
    NOBT("information not yet obtained");

    private final String label;

    Ethnicity(String label) {
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
