package org.caseflow.returns.record;

/**
 * Why a period of care ended (SSDA903 {@code REC}). X1, an episode ending because another begins the
 * same day, is not a reason a period ends: the SSDA903 episodes write it themselves.
 */
public enum ReasonCeased implements DescribedCode {
    E11("adopted: application for an adoption order unopposed"),
    E12("adopted: consent dispensed with by the court"),
    E2("died"),
    E3("care taken over by another local authority in the UK"),
    E4A("returned home to live with parents, relatives or other person with parental responsibility as part of the care planning process"),
    E4B("returned home to live with parents, relatives or other person with parental responsibility, not as part of the care planning process"),
    E13("left care to live with parent(s), relative(s) or other person(s) with no parental responsibility"),
    E41("residence order or child arrangements order granted"),
    E45("special guardianship order made to former foster carer(s) who are relatives or friends"),
    E46("special guardianship order made to former foster carer(s) other than relatives or friends"),
    E47("special guardianship order made to carer(s) other than former foster carer(s), who are relatives or friends"),
    E48("special guardianship order made to carer(s) other than former foster carer(s), other than relatives or friends"),
    E5("moved into independent living arrangement with supportive accommodation"),
    E6("moved into independent living arrangement without formalised support"),
    E7("transferred to residential care funded by adult social care services"),
    E8("period of being looked after ceased for any other reason"),
    E9("sentenced to custody"),
    E14("accommodation on remand ended"),
    E15("age assessment determined the child is aged 18 or over"),
    E16("child moved abroad"),
    E17("aged 18 or over and remained with current carers");

    private final String label;

    ReasonCeased(String label) {
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
