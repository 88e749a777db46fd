package org.caseflow.journey.events.childprotection;

/**
 * The facts the child protection stages record (strategy discussion, section 47 enquiry, initial
 * conference, the plan with its core groups, visits and review conferences): event data keys, and
 * the same names as process variables and Camunda Form field keys.
 */
public final class ChildProtectionData {

    // strategy discussion
    /** When the strategy discussion was held; for the enquiry it starts, CIN census S47ActualStartDate. */
    public static final String STRATEGY_DATE = "strategyDate";
    /** The due date of the strategy discussion (local rule T2), from the decision to hold one. */
    public static final String STRATEGY_DUE_ON = "strategyDueOn";
    public static final String STRATEGY_POLICE = "strategyPolice";
    public static final String STRATEGY_HEALTH = "strategyHealth";
    public static final String STRATEGY_EDUCATION = "strategyEducation";
    /** Other participants, in words. */
    public static final String STRATEGY_OTHERS = "strategyOthers";
    public static final String CONCERN_CATEGORY = "concernCategory";
    public static final String STRATEGY_DECISION = "strategyDecision";
    public static final String STRATEGY_RATIONALE = "strategyRationale";

    // section 47 enquiry
    /** The date of the strategy discussion that initiated the enquiry: the ICPC clock (T4) runs from it. */
    public static final String S47_START_DATE = "s47StartDate";
    public static final String CHILD_SEEN_DATE = "childSeenDate";
    /** A later strategy discussion held during the enquiry: recorded, but the ICPC clock does not move. */
    public static final String FURTHER_STRATEGY_DATE = "furtherStrategyDate";
    public static final String S47_OUTCOME = "s47Outcome";
    public static final String S47_CATEGORY = "s47Category";
    public static final String S47_DECISION = "s47Decision";
    /** The day the social worker completed the enquiry and put its outcome to the team's managers. */
    public static final String S47_COMPLETED_DATE = "s47CompletedDate";
    /** The social worker who completed the enquiry and put it to the managers. */
    public static final String S47_COMPLETED_BY = "s47CompletedBy";
    /** The team manager's decision on the outcome put to them, an {@link EndorsementDecision}. */
    public static final String S47_ENDORSEMENT_DECISION = "s47EndorsementDecision";
    /** The day a team manager endorsed the outcome: it takes effect that day. */
    public static final String S47_ENDORSED_DATE = "s47EndorsedDate";

    // initial child protection conference
    /** The ICPC's due date (rule T4), 15 working days after the initiating strategy discussion. */
    public static final String ICPC_DUE_ON = "icpcDueOn";
    public static final String ICPC_DATE = "icpcDate";
    public static final String ICPC_CHAIR = "icpcChair";
    public static final String ICPC_DECISION = "icpcDecision";
    public static final String PLAN_CATEGORY = "planCategory";
    public static final String LEAD_SOCIAL_WORKER = "leadSocialWorker";
    public static final String ICPC_LATE_REASON = "icpcLateReason";

    // the plan
    /** The child protection plan's id ({@code CPP-000042}); a plan starts on its ICPC's date. */
    public static final String CP_PLAN_ID = "cpPlanId";
    public static final String PLAN_START_DATE = "planStartDate";
    public static final String CORE_GROUP_DATE = "coreGroupDate";
    public static final String CORE_GROUP_DUE_ON = "coreGroupDueOn";
    public static final String VISIT_DATE = "visitDate";
    public static final String VISIT_DUE_ON = "visitDueOn";
    public static final String CHILD_SEEN = "childSeen";
    public static final String CHILD_SEEN_ALONE = "childSeenAlone";
    public static final String REVIEW_CONFERENCE_DATE = "reviewConferenceDate";
    public static final String REVIEW_CONFERENCE_DUE_ON = "reviewConferenceDueOn";
    public static final String REVIEW_DECISION = "reviewDecision";
    public static final String PLAN_END_REASON = "planEndReason";

    private ChildProtectionData() {
    }
}
