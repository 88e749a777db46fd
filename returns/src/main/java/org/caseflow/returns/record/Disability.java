package org.caseflow.returns.record;

/** A disability (CIN census {@code Disability}, N00099); {@link #NONE} stands alone (rule 8790). */
public enum Disability implements DescribedCode {
    NONE("no disability"),
    MOB("mobility"),
    HAND("hand function"),
    PC("personal care"),
    INC("incontinence"),
    COMM("communication"),
    LD("learning"),
    HEAR("hearing"),
    VIS("vision"),
    BEH("behaviour"),
    CON("consciousness"),
    AUT("autism or Asperger syndrome"),
    DDA("other disability");

    private final String label;

    Disability(String label) {
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
