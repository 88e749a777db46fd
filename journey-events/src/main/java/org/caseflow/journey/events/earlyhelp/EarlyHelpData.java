package org.caseflow.journey.events.earlyhelp;

/**
 * The facts an Early Help episode records (journey {@code early-help}): event data keys, and the
 * same names as process variables and Camunda Form field keys.
 */
public final class EarlyHelpData {

    /** The episode's id ({@code EH-000042}). */
    public static final String EH_EPISODE_ID = "ehEpisodeId";
    /** The episode's start: the day it was asked for (a front-door decision, a step-down, a partner's request). */
    public static final String EH_START_DATE = "ehStartDate";
    /** How the child came to Early Help, an {@link EarlyHelpOrigin}. */
    public static final String EH_ORIGIN = "ehOrigin";
    /** For a step-down: what social care stepped down from, a referral ({@code REF-…}) or a plan ({@code CIN-…}, {@code CPP-…}). */
    public static final String EH_STEPPED_DOWN_FROM = "ehSteppedDownFrom";
    /**
     * For a step-down: the plan's focus, which social care must give and Early Help reads when it
     * accepts: the needs to address, the outcomes sought, and who leads.
     */
    public static final String STEP_DOWN_NEEDS = "stepDownNeeds";
    public static final String STEP_DOWN_OUTCOMES = "stepDownOutcomes";
    public static final String STEP_DOWN_LEAD = "stepDownLead";
    /** For a partner's request: who asked, and why. */
    public static final String EH_REQUESTED_BY = "ehRequestedBy";
    public static final String EH_REQUEST_REASON = "ehRequestReason";
    /** For a step-down: the day the Early Help team accepted the transfer, and its due date (local rule T26). */
    public static final String EH_TRANSFER_ACCEPTED_DATE = "ehTransferAcceptedDate";
    public static final String EH_TRANSFER_DUE_ON = "ehTransferDueOn";
    public static final String EH_LEAD_PRACTITIONER = "ehLeadPractitioner";
    /** The Early Help assessment, completed by its due date (local rule T24). */
    public static final String EH_ASSESSMENT_DATE = "ehAssessmentDate";
    public static final String EH_ASSESSMENT_DUE_ON = "ehAssessmentDueOn";
    /** A team-around-the-family review (local rule T25). */
    public static final String EH_REVIEW_DATE = "ehReviewDate";
    public static final String EH_REVIEW_DUE_ON = "ehReviewDueOn";
    public static final String EH_REVIEW_DECISION = "ehReviewDecision";
    /** Closing the episode: how, and the day (the closing review's, or the front door's accepting a step-up). */
    public static final String EH_CLOSURE = "ehClosure";
    public static final String EH_CLOSED_DATE = "ehClosedDate";
    /** Why Early Help asks social care to step up. */
    public static final String STEP_UP_REASON = "stepUpReason";
    /** The front door's answer to a step-up: accepted when its contact became a referral. */
    public static final String STEP_UP_ACCEPTED = "stepUpAccepted";
    public static final String STEP_UP_CONTACT_ID = "stepUpContactId";
    public static final String STEP_UP_DECIDED_DATE = "stepUpDecidedDate";

    private EarlyHelpData() {
    }
}
