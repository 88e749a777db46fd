package org.caseflow.returns.record;

/**
 * A child's sex (CIN census {@code Sex}, N00783; SSDA903 {@code SEX}): from 2024 to 2025 both returns
 * take M, F or U in place of the old gender codes 1, 2, 0 and 9.
 */
public enum Sex implements DescribedCode {
    M("male"),
    F("female"),
    /** Also for an unborn child (CIN census rule 8750). */
    U("unknown or not recorded");

    private final String label;

    Sex(String label) {
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
