package org.caseflow.journey.events.lookedafter;

/** Who provides a placement (SSDA903 PLACE_PROVIDER codes). */
public enum PlacementProvider {
    PR0("parents or others with parental responsibility"),
    PR1("own provision (this council)"),
    PR2("another council"),
    PR3("other public provision"),
    PR4("private provision"),
    PR5("voluntary or third sector provision");

    private final String label;

    PlacementProvider(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
