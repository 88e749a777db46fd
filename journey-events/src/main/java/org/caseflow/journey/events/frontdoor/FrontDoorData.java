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
    /**
     * For a notification from the police (domestic abuse above all): the day of the incident it is
     * about, so that the record shows how old it was when it arrived and when it was decided.
     */
    public static final String INCIDENT_DATE = "incidentDate";
    /** How the contact arrived, a {@link ContactChannel}: a written one closed untold is shown on the record. */
    public static final String CONTACT_CHANNEL = "contactChannel";
    /**
     * Telling the referrer what was decided (rule T1's clock stops at "decision recorded, referrer
     * told"): a {@link ReferrerFollowUp}, with how and when they were told, or why not.
     */
    public static final String REFERRER_FOLLOW_UP = "referrerFollowUp";
    public static final String REFERRER_TOLD_HOW = "referrerToldHow";
    public static final String REFERRER_TOLD_ON = "referrerToldOn";
    public static final String REFERRER_NOT_TOLD_REASON = "referrerNotToldReason";
    /** On the decision's task: a police notification that arrived already old, said in words. */
    public static final String POLICE_NOTIFICATION_FLAG = "policeNotificationFlag";
    /**
     * Out of hours: the emergency duty team recorded the contact ({@code outOfHours}), what it did
     * (an {@link EmergencyAction}, its date and what happened) and its hand-over to the front door
     * on the next working day. The decision's clock still runs from receipt (rule T1).
     */
    public static final String OUT_OF_HOURS = "outOfHours";
    public static final String EMERGENCY_ACTION = "emergencyAction";
    public static final String EMERGENCY_ACTION_DATE = "emergencyActionDate";
    public static final String EMERGENCY_ACTION_DETAIL = "emergencyActionDetail";
    public static final String HANDOVER_DATE = "handoverDate";
    public static final String HANDOVER_NOTE = "handoverNote";
    /** The team a referral goes to: the team of record for the assessment that follows. */
    public static final String ASSESSMENT_TEAM = "assessmentTeam";

    private FrontDoorData() {
    }
}
