package org.caseflow.returns.validation;

/** The DfE return a validation rule belongs to: its rule numbers are that return's. */
public enum StatutoryReturn {
    CIN_CENSUS("children in need census"),
    SSDA903("children looked after return (SSDA903)");

    private final String label;

    StatutoryReturn(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
