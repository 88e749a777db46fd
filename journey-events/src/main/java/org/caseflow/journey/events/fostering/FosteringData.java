package org.caseflow.journey.events.fostering;

/**
 * The facts of a foster carer's journey ({@code foster-carer}: approval, DBS checks, supervisory
 * visits, deregistration): event data keys, and the same names as process variables and Camunda
 * Form field keys. A carer's events concern no child: their {@code laChildId} is empty.
 */
public final class FosteringData {

    /** The council's id for the carer household ({@code FC-0001}), unique for good: a deregistered carer's id is not reused. */
    public static final String CARER_ID = "carerId";
    public static final String CARER_HOUSEHOLD_NAME = "carerHouseholdName";
    /** A {@link CarerType}: in-house or kinship (connected person). */
    public static final String CARER_TYPE = "carerType";
    public static final String CARER_APPROVAL_DATE = "carerApprovalDate";
    /** The carer's supervising social worker (a user id), a social worker of the fostering team: the carer's case worker. */
    public static final String SUPERVISING_WORKER = "supervisingWorker";
    /** The date of the carer's latest enhanced DBS check; empty at approval when none is recorded. */
    public static final String DBS_CHECK_DATE = "dbsCheckDate";
    public static final String DBS_CHECK_DUE_ON = "dbsCheckDueOn";
    /** When the check just recorded is to be renewed (rule T27). */
    public static final String DBS_RENEWAL_DUE_ON = "dbsRenewalDueOn";
    /** The date of a supervisory visit to the carer (rule T28 times the next from it). */
    public static final String CARER_VISIT_DATE = "carerVisitDate";
    public static final String CARER_VISIT_DUE_ON = "carerVisitDueOn";
    public static final String DEREGISTRATION_DATE = "deregistrationDate";
    /** A {@link DeregistrationReason}. */
    public static final String DEREGISTRATION_REASON = "deregistrationReason";

    private FosteringData() {
    }
}
