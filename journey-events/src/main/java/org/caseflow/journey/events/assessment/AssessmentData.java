package org.caseflow.journey.events.assessment;

/**
 * The facts the assessment stage records: event data keys, and the same names as process
 * variables and Camunda Form field keys.
 */
public final class AssessmentData {

    public static final String REFERRAL_DATE = "referralDate";
    /** The assessment's statutory due date (rule T3), set when the referral's clock starts. */
    public static final String ASSESSMENT_DUE_ON = "assessmentDueOn";
    public static final String ALLOCATED_WORKER = "allocatedWorker";
    public static final String ALLOCATION_DATE = "allocationDate";
    public static final String ASSESSMENT_START_DATE = "assessmentStartDate";
    public static final String ASSESSMENT_AUTHORISED_DATE = "assessmentAuthorisedDate";
    public static final String ASSESSMENT_OUTCOME = "assessmentOutcome";
    public static final String ASSESSMENT_SUMMARY = "assessmentSummary";
    public static final String LATE_REASON = "lateReason";
    /** The day the social worker put the assessment to the team manager for authorisation. */
    public static final String ASSESSMENT_SUBMITTED_DATE = "assessmentSubmittedDate";
    /**
     * The main reason the child is in need (the CIN census's PrimaryNeedCode, a
     * {@link org.caseflow.journey.events.lookedafter.CategoryOfNeed}): given with the front door's decision to refer, and
     * revised, if the assessment finds otherwise, when it is put to the manager.
     */
    public static final String PRIMARY_NEED = "primaryNeed";
    /** The team manager's decision on it, an {@link AuthorisationDecision}. */
    public static final String AUTHORISATION_DECISION = "authorisationDecision";

    private AssessmentData() {
    }
}
