package org.caseflow.casework.child;

/**
 * Where a child stands with child protection. The plan feature answers it from its own records; it
 * is declared here, where the summary needs it, so that the summary does not depend on that
 * feature, which depends on the case record's feed, which depends on children.
 */
public interface ChildProtectionStatuses {

    /** The child's status; {@link ChildProtectionStatus#NEVER_ON_A_PLAN} when the record holds no plan. */
    ChildProtectionStatus of(String laChildId);
}
