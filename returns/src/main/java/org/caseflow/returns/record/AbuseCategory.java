package org.caseflow.returns.record;

/**
 * The category of abuse or neglect a child protection plan is under (CIN census
 * {@code InitialCategoryOfAbuse}, N00113, and {@code LatestCategoryOfAbuse}, N00114).
 */
public enum AbuseCategory implements DescribedCode {
    NEGLECT("NEG", "neglect"),
    PHYSICAL_ABUSE("PHY", "physical abuse"),
    SEXUAL_ABUSE("SAB", "sexual abuse"),
    EMOTIONAL_ABUSE("EMO", "emotional abuse"),
    MULTIPLE("MUL", "multiple categories");

    private final String code;
    private final String label;

    AbuseCategory(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }
}
