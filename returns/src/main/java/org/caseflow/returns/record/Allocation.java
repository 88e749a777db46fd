package org.caseflow.returns.record;

/** The team and social worker a piece of work is allocated to (Annex A "Allocated Team", "Allocated Worker"). */
public record Allocation(String team, String worker) {

    public static final Allocation NONE = new Allocation(null, null);
}
