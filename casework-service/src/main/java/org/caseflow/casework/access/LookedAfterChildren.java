package org.caseflow.casework.access;

import java.util.List;

/**
 * Whether a child is looked after now, and by which team, for the rules of who may open their
 * record. The looked-after feature answers it from its own records; it is declared here, where the
 * rules need it, so that the rules do not depend on that feature, which opens its own view of the
 * record through them.
 */
public interface LookedAfterChildren {

    /** Whether a period of care of the child is open. */
    boolean isLookedAfter(String laChildId);

    /** The teams that hold the child's open periods of care; empty when none is open, or none names its team. */
    List<String> careTeams(String laChildId);
}
