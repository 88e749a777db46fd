package org.caseflow.returns.record;

/** Whether a looked-after child was missing or away without authorisation (SSDA903 {@code MISSING}). */
public enum MissingKind implements DescribedCode {
    MISSING("M", "missing"),
    AWAY("A", "away from placement without authorisation");

    private final String code;
    private final String label;

    MissingKind(String code, String label) {
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
