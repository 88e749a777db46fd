package org.caseflow.journey.events.frontdoor;

/**
 * The facts the front door records: event data keys, and the same names as process variables and
 * Camunda Form field keys.
 */
public final class FrontDoorData {

    public static final String CONTACT_SOURCE = "contactSource";
    public static final String CONTACT_RECEIVED_AT = "contactReceivedAt";
    public static final String CONTACT_REASON = "contactReason";
    /** The decision's statutory due date (rule T1), set when the contact's clock starts. */
    public static final String CONTACT_DECISION_DUE_ON = "contactDecisionDueOn";
    public static final String CONTACT_OUTCOME = "contactOutcome";
    public static final String DECISION_DATE = "decisionDate";
    public static final String DECISION_RATIONALE = "decisionRationale";
    /** The team a referral goes to: the team of record for the assessment that follows. */
    public static final String ASSESSMENT_TEAM = "assessmentTeam";

    private FrontDoorData() {
    }
}
