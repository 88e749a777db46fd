package org.caseflow.casework.child;

/**
 * Where a child stands with being looked after. The looked-after feature answers it from its own
 * records; it is declared here, where the summary needs it, for the reason {@link ChildProtectionStatuses} is.
 */
public interface LookedAfterStatuses {

    /** The child's status; {@link LookedAfterStatus#NEVER_LOOKED_AFTER} when the record holds no period of care. */
    LookedAfterStatus of(String laChildId);
}
