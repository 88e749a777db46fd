package org.caseflow.journey.events;

/**
 * Names of the facts an event carries in {@link JourneyEvent#data()}. They are also the process
 * variable names and the Camunda Form field keys, declared once here.
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

    // the contact
    public static final String CONTACT_SOURCE = "contactSource";
    public static final String CONTACT_RECEIVED_AT = "contactReceivedAt";
    public static final String CONTACT_REASON = "contactReason";
    public static final String CONTACT_OUTCOME = "contactOutcome";
    public static final String DECISION_DATE = "decisionDate";
    public static final String DECISION_RATIONALE = "decisionRationale";
    public static final String ASSESSMENT_TEAM = "assessmentTeam";
    /** The decision's statutory due date, set when the contact's clock starts. */
    public static final String CONTACT_DECISION_DUE_ON = "contactDecisionDueOn";

    // the referral and assessment
    public static final String REFERRAL_DATE = "referralDate";
    public static final String ALLOCATED_WORKER = "allocatedWorker";
    public static final String ALLOCATION_DATE = "allocationDate";
    public static final String ASSESSMENT_START_DATE = "assessmentStartDate";
    public static final String ASSESSMENT_AUTHORISED_DATE = "assessmentAuthorisedDate";
    public static final String ASSESSMENT_OUTCOME = "assessmentOutcome";
    public static final String ASSESSMENT_SUMMARY = "assessmentSummary";
    public static final String LATE_REASON = "lateReason";
    /** The assessment's statutory due date, set when the referral's clock starts. */
    public static final String ASSESSMENT_DUE_ON = "assessmentDueOn";

    // escalations
    public static final String TIMESCALE = "timescale";
    public static final String MANAGER_ACTION = "managerAction";
    public static final String REVIEW_DATE = "reviewDate";

    private JourneyData() {
    }
}
