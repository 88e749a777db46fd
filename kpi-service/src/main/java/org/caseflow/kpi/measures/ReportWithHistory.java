package org.caseflow.kpi.measures;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.caseflow.kpi.population.PopulationEstimate;

/**
 * A month's report with each measure's history, as the report page and the downloads show it.
 *
 * @param latestMonth         the month of the "Latest" column; empty when the report's month is in progress
 * @param latestReportingDate the day it is counted to
 */
public record ReportWithHistory(YearMonth month, LocalDate reportingDate, String financialYear, PopulationEstimate population,
        ProjectionUsed projection, List<ReportRow> rows, YearMonth latestMonth, LocalDate latestReportingDate) {
}
