package org.caseflow.journey.events;

/**
 * Names of the facts every journey carries: the ids of the event envelope, and who the child is.
 * They are also the process variable names and the Camunda Form field keys. Each stage declares
 * its own facts beside its events ({@code frontdoor.FrontDoorData}, {@code assessment.AssessmentData}).
 */
public final class JourneyData {

    // the ids every journey carries (also the event envelope's)
    public static final String LA_CHILD_ID = "laChildId";
    public static final String CONTACT_ID = "contactId";
    public static final String REFERRAL_ID = "referralId";

    // the child
    public static final String CHILD_GIVEN_NAME = "childGivenName";
    public static final String CHILD_FAMILY_NAME = "childFamilyName";
    public static final String CHILD_DATE_OF_BIRTH = "childDateOfBirth";
    public static final String CHILD_EXPECTED_DATE_OF_BIRTH = "childExpectedDateOfBirth";

    private JourneyData() {
    }
}
