package org.caseflow.journey.events.childprotection;

/** The category of abuse or neglect (CIN census codes), with the words a practitioner reads. */
public enum AbuseCategory {
    NEGLECT("neglect", "NEG"),
    PHYSICAL_ABUSE("physical abuse", "PHY"),
    EMOTIONAL_ABUSE("emotional abuse", "EMO"),
    SEXUAL_ABUSE("sexual abuse", "SAB"),
    MULTIPLE("multiple categories", "MUL");

    private final String label;
    private final String censusCode;

    AbuseCategory(String label, String censusCode) {
        this.label = label;
        this.censusCode = censusCode;
    }

    public String label() {
        return label;
    }

    /** The CIN census code (CPPcategoryOfAbuse / InitialCategoryOfAbuse). */
    public String censusCode() {
        return censusCode;
    }
}
