package org.caseflow.kpi.measures;

import java.util.SortedSet;

/**
 * A measure whose numerator is children, able to say which: the report page lists them, to those whose role lets
 * them see children, so that a figure can be checked against the case records. The count the measure reports is
 * the size of this set, so the two cannot disagree.
 */
public interface CountsChildren extends Measure {

    /** The LA child ids the headline value counts for {@code period}, in order. */
    SortedSet<String> childrenCounted(ReportingPeriod period);
}
