package org.caseflow.casework.child;

/**
 * Where a child stands with child in need plans. The plan feature answers it from its own records;
 * it is declared here, where the summary needs it, for the reason {@link ChildProtectionStatuses} is.
 */
public interface ChildInNeedStatuses {

    /** The child's status; {@link ChildInNeedStatus#NEVER_ON_A_PLAN} when the record holds no plan. */
    ChildInNeedStatus of(String laChildId);
}
