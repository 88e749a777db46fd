package org.caseflow.casework.child;

/**
 * How involved the council is with a child: the highest level of the work open with them. Each
 * child is at one level, the highest that applies, so that counting children by level counts each
 * once. Declared lowest first: a later constant is a higher level (the count of open cases compares
 * levels by this order).
 */
public enum CaseLevel {
    /** No open case. */
    NONE,
    /** An open Early Help episode, and nothing above it. */
    EARLY_HELP,
    /**
     * An open child in need episode: a referral being assessed, a section 47 enquiry, a child in need
     * plan, or a conference's decision not yet a plan.
     */
    CHILD_IN_NEED,
    /** On a child protection plan (every child on one is a child in need too). */
    CHILD_PROTECTION_PLAN,
    /**
     * Looked after: a period of care is open (a child looked after is a child in need, and may be on
     * a plan too). A child looked after only under an agreed series of short breaks is not counted
     * here but at the level of the rest of their work, as the DfE leaves them out of the number of
     * children looked after.
     */
    LOOKED_AFTER
}
