package org.caseflow.casework.child;

/**
 * How involved the council is with a child: the highest level of the work open with them. Each
 * child is at one level, the highest that applies, so that counting children by level counts each
 * once. Declared lowest first: a later constant is a higher level. Children looked after will come
 * above {@link #CHILD_PROTECTION_PLAN} when the case record holds them.
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
    CHILD_PROTECTION_PLAN
}
