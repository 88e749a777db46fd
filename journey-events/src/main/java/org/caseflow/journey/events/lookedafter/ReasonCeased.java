package org.caseflow.journey.events.lookedafter;

/**
 * Why a period of care ended (SSDA903 REC codes). {@code X1} (an episode ending as another begins
 * the same day) is not a reason a period ends: a change of placement or legal status is its own
 * step within the period.
 */
public enum ReasonCeased {
    E11("adopted, application unopposed"),
    E12("adopted, consent dispensed with"),
    E2("died"),
    E3("care taken over by another local authority"),
    E4A("returned home to parents or relatives as planned"),
    E4B("returned home to parents or relatives, not as planned"),
    E13("left care to live with parents, not as planned"),
    E41("residence or child arrangements order"),
    E45("special guardianship order to former foster carers"),
    E46("special guardianship order to carers other than former foster carers"),
    E47("special guardianship order to relatives or friends"),
    E48("special guardianship order to other carers"),
    E5("independent living with formal support"),
    E6("independent living without formal support"),
    E7("adult social care"),
    E8("ended for any other reason"),
    E9("sentenced to custody"),
    E14("remand ended"),
    E15("age assessed as 18 or over"),
    E16("moved abroad"),
    E17("aged 18 and staying put with carers");

    private final String label;

    ReasonCeased(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** How the report groups reasons for ceasing care. */
    public enum Kind { ADOPTED, SPECIAL_GUARDIANSHIP_OR_RESIDENCE_ORDER, RETURNED_HOME, ADULTHOOD_OR_INDEPENDENCE, OTHER }

    public Kind kind() {
        return switch (this) {
            case E11, E12 -> Kind.ADOPTED;
            case E41, E45, E46, E47, E48 -> Kind.SPECIAL_GUARDIANSHIP_OR_RESIDENCE_ORDER;
            case E4A, E4B, E13 -> Kind.RETURNED_HOME;
            case E5, E6, E7, E15, E17 -> Kind.ADULTHOOD_OR_INDEPENDENCE;
            default -> Kind.OTHER;
        };
    }
}
