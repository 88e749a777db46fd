package org.caseflow.journey.events.childinneed;

/**
 * The facts a child in need plan records (journey {@code cin-plan}): event data keys, and the same
 * names as process variables and Camunda Form field keys.
 */
public final class CinData {

    /** The plan's id ({@code CIN-000042}). */
    public static final String CIN_PLAN_ID = "cinPlanId";
    /** The plan's start: the date of the decision that made it (CIN census CINPlanStartDate). */
    public static final String CIN_PLAN_START_DATE = "cinPlanStartDate";
    /** What made the plan, a {@link CinPlanOrigin}. */
    public static final String CIN_PLAN_ORIGIN = "cinPlanOrigin";
    /** The social worker who leads it, when one is known as it starts. */
    public static final String CIN_LEAD_WORKER = "cinLeadWorker";
    public static final String CIN_VISIT_DATE = "cinVisitDate";
    public static final String CIN_VISIT_DUE_ON = "cinVisitDueOn";
    public static final String CIN_CHILD_SEEN = "cinChildSeen";
    public static final String CIN_CHILD_SEEN_ALONE = "cinChildSeenAlone";
    public static final String CIN_REVIEW_DATE = "cinReviewDate";
    public static final String CIN_REVIEW_DUE_ON = "cinReviewDueOn";
    public static final String CIN_REVIEW_DECISION = "cinReviewDecision";
    public static final String CIN_PLAN_END_REASON = "cinPlanEndReason";

    private CinData() {
    }
}
