package org.caseflow.returns.record;

/** Who provides a placement (SSDA903 {@code PLACE_PROVIDER}). */
public enum PlacementProvider implements DescribedCode {
    PR0("parent(s) or other person(s) with parental responsibility"),
    PR1("own provision by the local authority"),
    PR2("other local authority provision"),
    PR3("other public provision, for example a primary care trust"),
    PR4("private provision"),
    PR5("voluntary or third sector provision");

    private final String label;

    PlacementProvider(String label) {
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
