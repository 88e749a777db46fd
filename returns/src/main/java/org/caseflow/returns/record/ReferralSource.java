package org.caseflow.returns.record;

/**
 * Who made a referral or contact (CIN census {@code ReferralSource}, N00152; Annex A lists 1 and 3).
 */
public enum ReferralSource implements DescribedCode {
    FAMILY_MEMBER("1A", "individual: family member, relative or carer"),
    ACQUAINTANCE("1B", "individual: acquaintance, including neighbours and child minders"),
    SELF("1C", "individual: self"),
    OTHER_INDIVIDUAL("1D", "individual: other, including strangers"),
    SCHOOLS("2A", "schools"),
    EDUCATION_SERVICES("2B", "education services"),
    GENERAL_PRACTITIONER("3A", "health services: general practitioner"),
    HEALTH_VISITOR("3B", "health services: health visitor"),
    SCHOOL_NURSE("3C", "health services: school nurse"),
    OTHER_PRIMARY_HEALTH("3D", "health services: other primary health services"),
    ACCIDENT_AND_EMERGENCY("3E", "health services: accident and emergency"),
    OTHER_HEALTH("3F", "health services: other"),
    HOUSING("4", "housing"),
    LA_SOCIAL_CARE("5A", "local authority services: social care"),
    LA_OTHER_INTERNAL("5B", "local authority services: other internal"),
    LA_EXTERNAL("5C", "local authority services: external"),
    LA_EARLY_HELP("5D", "local authority services: early help"),
    POLICE("6", "police"),
    OTHER_LEGAL_AGENCY("7", "other legal agency"),
    OTHER("8", "other"),
    ANONYMOUS("9", "anonymous"),
    UNKNOWN("10", "unknown");

    private final String code;
    private final String label;

    ReferralSource(String code, String label) {
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
