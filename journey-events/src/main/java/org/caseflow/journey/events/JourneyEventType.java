package org.caseflow.journey.events;

/**
 * The kinds of journey event. Each names what happened, in the past tense, and the BPMN element
 * that publishes it (a completed user task, a started process or a fired statutory timer).
 */
public final class JourneyEventType {

    /** Front door: a contact was recorded (process {@code front-door} started). */
    public static final String CONTACT_RECEIVED = "ContactReceived";
    /** Front door: the next step was decided (task {@code DecideOnContact}). */
    public static final String CONTACT_DECIDED = "ContactDecided";
    /** Front door: no decision within 1 working day (timer {@code Timer_ContactDecisionDue1WD}). */
    public static final String CONTACT_DECISION_OVERDUE = "ContactDecisionOverdue";
    /** Front door: a manager reviewed an overdue decision (task {@code ReviewOverdueContactDecision}). */
    public static final String OVERDUE_CONTACT_DECISION_REVIEWED = "OverdueContactDecisionReviewed";
    /** Assessment: a referral opened a child in need episode (process {@code assessment} started). */
    public static final String REFERRAL_RECEIVED = "ReferralReceived";
    /** Assessment: a manager allocated a social worker (task {@code AllocateSocialWorker}). */
    public static final String SOCIAL_WORKER_ALLOCATED = "SocialWorkerAllocated";
    /** Assessment: the child and family assessment was authorised (task {@code CompleteAssessment}). */
    public static final String ASSESSMENT_COMPLETED = "AssessmentCompleted";
    /** Assessment: not authorised within 45 working days (timer {@code Timer_AssessmentDue45WD}). */
    public static final String ASSESSMENT_OVERDUE = "AssessmentOverdue";
    /** Assessment: a manager reviewed an overdue assessment (task {@code ReviewOverdueAssessment}). */
    public static final String OVERDUE_ASSESSMENT_REVIEWED = "OverdueAssessmentReviewed";

    /** The ending every fired statutory timer's event type has, and no other type. */
    public static final String TIMESCALE_BREACH_SUFFIX = "Overdue";

    private JourneyEventType() {
    }
}
