package org.caseflow.journey.events.lookedafter;

/**
 * The facts a period of care records (journey {@code looked-after}): event data keys, and the same
 * names as process variables and Camunda Form field keys. SSDA903 names in brackets.
 */
public final class LookedAfterData {

    /** The period of care's id ({@code LAC-000042}); a child who returns later starts a new period. */
    public static final String CLA_PERIOD_ID = "claPeriodId";
    /** The team of the children in care service that holds the child's case while looked after. */
    public static final String CARE_TEAM = "careTeam";
    /** The child's social worker while looked after. */
    public static final String CARE_SOCIAL_WORKER = "careSocialWorker";
    /** The day social care decided the child should be looked after (before the entry is recorded). */
    public static final String CARE_REQUESTED_ON = "careRequestedOn";
    /** (DECOM) the day the child started to be looked after. */
    public static final String CARE_START_DATE = "careStartDate";
    public static final String CARE_ENTRY_ROUTE = "careEntryRoute";
    /** (LS) a {@link LegalStatus}. */
    public static final String LEGAL_STATUS = "legalStatus";
    /** (CIN) a {@link CategoryOfNeed}. */
    public static final String CATEGORY_OF_NEED = "categoryOfNeed";
    // the current placement
    public static final String PLACEMENT_START_DATE = "placementStartDate";
    /** (PLACE) a {@link PlacementType}. */
    public static final String PLACEMENT_TYPE = "placementType";
    /** (PLACE_PROVIDER) a {@link PlacementProvider}. */
    public static final String PLACEMENT_PROVIDER = "placementProvider";
    /** (PL_POST) the placement's postcode district only, e.g. {@code SE9}: never a full address. */
    public static final String PLACEMENT_POSTCODE_DISTRICT = "placementPostcodeDistrict";
    /** The placement is meant to last until the child is 18: after its first year, visits are due every 3 months (rule T14). */
    public static final String PLACEMENT_UNTIL_EIGHTEEN = "placementUntilEighteen";
    /** An emergency placement: its placement plan is due within 5 working days (rule T20). */
    public static final String PLACEMENT_EMERGENCY = "placementEmergency";
    /** (REASON_PLACE_CHANGE) a {@link PlacementChangeReason}, for every placement after the first. */
    public static final String PLACEMENT_CHANGE_REASON = "placementChangeReason";
    public static final String PLACEMENT_PLAN_DATE = "placementPlanDate";
    public static final String PLACEMENT_PLAN_DUE_ON = "placementPlanDueOn";
    // visits (regulation 28) and reviews (regulation 33)
    public static final String CLA_VISIT_DATE = "claVisitDate";
    public static final String CLA_VISIT_DUE_ON = "claVisitDueOn";
    public static final String CLA_CHILD_SEEN = "claChildSeen";
    public static final String CLA_CHILD_SEEN_ALONE = "claChildSeenAlone";
    public static final String CLA_REVIEW_DATE = "claReviewDate";
    public static final String CLA_REVIEW_DUE_ON = "claReviewDueOn";
    /** The independent reviewing officer who chaired the review. */
    public static final String INDEPENDENT_REVIEWING_OFFICER = "independentReviewingOfficer";
    // ceasing care
    /** (DEC) the day the child stopped being looked after. */
    public static final String CARE_CEASED_DATE = "careCeasedDate";
    /** (REC) a {@link ReasonCeased}. */
    public static final String REASON_CEASED = "reasonCeased";

    private LookedAfterData() {
    }
}
