package org.caseflow.kpi.measures;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.caseflow.kpi.population.PopulationEstimate;

/**
 * The measures for one month.
 *
 * @param reportingDate  the last day counted: the month's end, or today for the month in progress
 * @param financialYear  the year-to-date measures count from its 1 April
 * @param population     the 0-17 population the rates use, with its source
 * @param projection     how the projected rates project the year to date to the whole year
 * @param notYetMeasured catalogue measures Caseflow does not compute yet (their journeys are still to come)
 */
public record MonthlyMeasures(YearMonth month, LocalDate reportingDate, String financialYear, PopulationEstimate population,
        ProjectionUsed projection, List<MeasureResult> measures, List<String> notYetMeasured) {
}
