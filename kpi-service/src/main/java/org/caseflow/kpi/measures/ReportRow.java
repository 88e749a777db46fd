package org.caseflow.kpi.measures;

import java.util.List;

/**
 * One measure of the report as a person reads it: the month's result (as {@code /api/kpi/measures} gives it),
 * the months before it for the chart and the last-three-months columns, and the latest value.
 *
 * @param history the months to the report's month, earliest first, the last being the month itself
 * @param latest  the month after, counted to its end or to today while in progress (the report's "Latest"); empty
 *                when the report's month is the month in progress
 */
public record ReportRow(MeasureResult result, List<SeriesPoint> history, MeasureResult latest) {

    /** The last {@code count} months of the history, earliest first. */
    public List<SeriesPoint> lastMonths(int count) {
        return history.subList(Math.max(0, history.size() - count), history.size());
    }
}
