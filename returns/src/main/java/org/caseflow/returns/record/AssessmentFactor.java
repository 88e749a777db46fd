package org.caseflow.returns.record;

/**
 * A factor identified at the end of an assessment (CIN census {@code AssessmentFactors}, N00181).
 * 18A and 19A were split by who the abuser is (18B/18C, 19B/19C) from 2024 to 2025 and are not
 * offered (CIN rules 8945Q and 8950Q). {@link #NO_FACTORS} stands alone (rule 8869).
 */
public enum AssessmentFactor implements DescribedCode {
    ALCOHOL_MISUSE_CHILD("1A", "alcohol misuse by the child"),
    ALCOHOL_MISUSE_PARENT("1B", "alcohol misuse by the parent(s) or carer(s)"),
    ALCOHOL_MISUSE_OTHER("1C", "alcohol misuse by another person in the household"),
    DRUG_MISUSE_CHILD("2A", "drug misuse by the child"),
    DRUG_MISUSE_PARENT("2B", "drug misuse by the parent(s) or carer(s)"),
    DRUG_MISUSE_OTHER("2C", "drug misuse by another person in the household"),
    DOMESTIC_ABUSE_CHILD("3A", "domestic abuse: the child is the subject"),
    DOMESTIC_ABUSE_PARENT("3B", "domestic abuse: the parent(s) or carer(s) are the subject"),
    DOMESTIC_ABUSE_OTHER("3C", "domestic abuse: another person in the household is the subject"),
    MENTAL_HEALTH_CHILD("4A", "mental health of the child"),
    MENTAL_HEALTH_PARENT("4B", "mental health of the parent(s) or carer(s)"),
    MENTAL_HEALTH_OTHER("4C", "mental health of another person in the household"),
    LEARNING_DISABILITY_CHILD("5A", "the child's learning disability"),
    LEARNING_DISABILITY_PARENT("5B", "the parent(s)' or carer(s)' learning disability"),
    LEARNING_DISABILITY_OTHER("5C", "another household member's learning disability"),
    PHYSICAL_DISABILITY_CHILD("6A", "physical disability or illness of the child"),
    PHYSICAL_DISABILITY_PARENT("6B", "physical disability or illness of the parent(s) or carer(s)"),
    PHYSICAL_DISABILITY_OTHER("6C", "physical disability or illness of another household member"),
    YOUNG_CARER("7A", "young carer"),
    PRIVATELY_FOSTERED_OVERSEAS_RETURNING("8B", "privately fostered: overseas child who intends to return"),
    PRIVATELY_FOSTERED_OVERSEAS_STAYING("8C", "privately fostered: overseas child who intends to stay"),
    PRIVATELY_FOSTERED_EDUCATION("8D", "privately fostered: UK child in an educational placement"),
    PRIVATELY_FOSTERED_FAMILY_ARRANGEMENT("8E", "privately fostered: UK child in an alternative family arrangement"),
    PRIVATELY_FOSTERED_OTHER("8F", "privately fostered: other"),
    UNACCOMPANIED_ASYLUM_SEEKING("9A", "unaccompanied asylum-seeking child"),
    GOING_MISSING("10A", "going or being missing"),
    CHILD_SEXUAL_EXPLOITATION("11A", "child sexual exploitation"),
    TRAFFICKING("12A", "trafficking"),
    GANGS("13A", "involvement in or with gangs"),
    SOCIALLY_UNACCEPTABLE_BEHAVIOUR("14A", "socially unacceptable behaviour"),
    SELF_HARM("15A", "self-harm"),
    NEGLECT("16A", "abuse or neglect: neglect"),
    EMOTIONAL_ABUSE("17A", "abuse or neglect: emotional abuse"),
    PHYSICAL_ABUSE_BY_CHILD("18B", "abuse or neglect: physical abuse by another child"),
    PHYSICAL_ABUSE_BY_ADULT("18C", "abuse or neglect: physical abuse by an adult"),
    SEXUAL_ABUSE_BY_CHILD("19B", "abuse or neglect: sexual abuse by another child"),
    SEXUAL_ABUSE_BY_ADULT("19C", "abuse or neglect: sexual abuse by an adult"),
    OTHER("20", "other"),
    NO_FACTORS("21", "no factors identified"),
    FEMALE_GENITAL_MUTILATION("22A", "female genital mutilation"),
    ABUSE_LINKED_TO_FAITH_OR_BELIEF("23A", "abuse linked to faith or belief"),
    CHILD_CRIMINAL_EXPLOITATION("24A", "child criminal exploitation");

    private final String code;
    private final String label;

    AssessmentFactor(String code, String label) {
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
