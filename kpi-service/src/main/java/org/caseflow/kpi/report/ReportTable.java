package org.caseflow.kpi.report;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.caseflow.kpi.catalogue.MeasureDefinition;
import org.caseflow.kpi.measures.MeasureResult;
import org.caseflow.kpi.measures.MeasureValue;
import org.caseflow.kpi.measures.ReportRow;
import org.caseflow.kpi.measures.ReportWithHistory;
import org.caseflow.kpi.measures.SeriesPoint;

/**
 * A month's report as one table, for the downloads: first what the report is (the month, its reporting date, the
 * population the rates use and how projected rates were projected), then a header and one row per measure with its
 * last three months, latest value, numerator and denominator, rating, target, tolerance, direction of travel,
 * milestones and definition. Numbers stay numbers (a spreadsheet can add them up); absent values are empty.
 *
 * @param about  label and value pairs describing the report
 * @param header the table's column names
 * @param rows   one per measure, in catalogue order: each cell a {@link BigDecimal}, a {@link Long}, a String or null
 */
record ReportTable(List<List<Object>> about, List<String> header, List<List<Object>> rows) {

    static final int MONTHS_SHOWN = 3;

    static ReportTable of(ReportWithHistory report) {
        List<List<Object>> about = new ArrayList<>();
        about.add(List.of("Report", "Caseflow improvement-plan report"));
        about.add(List.of("Month", report.month().toString()));
        about.add(List.of("Reporting date", report.reportingDate().toString()));
        about.add(List.of("Financial year", report.financialYear()));
        about.add(List.of("Population (children aged 0-17)", report.population() == null ? "not set: rates are empty"
                : (Object) Long.valueOf(report.population().population())));
        about.add(List.of("Population estimate", report.population() == null ? "none"
                : "mid-" + report.population().midYear() + ", " + report.population().source()));
        about.add(List.of("Projected rates", report.projection().method() + ": " + report.projection().description()));
        about.add(List.of("Latest", report.latestMonth() == null ? "none: the month is in progress"
                : report.latestMonth() + ", counted to " + report.latestReportingDate()));

        YearMonth september = ReportMilestones.september(report.financialYear());
        YearMonth march = ReportMilestones.march(report.financialYear());
        List<String> header = new ArrayList<>(List.of("Priority", "Measure id", "Measure", "Unit"));
        for (int back = MONTHS_SHOWN - 1; back >= 0; back--) {
            header.add(MonthLabels.shortLabel(report.month().minusMonths(back)));
        }
        header.addAll(List.of("Latest", MonthLabels.shortLabel(report.month()) + " as shown", "Numerator", "Denominator", "Counted over",
                "RAG", "Rated against", "Rating target", "Target", "Tolerance lower", "Tolerance upper", "Direction of travel",
                MonthLabels.shortLabel(september) + " milestone", MonthLabels.shortLabel(march) + " milestone", "Definition"));

        List<List<Object>> rows = new ArrayList<>();
        for (ReportRow row : report.rows()) {
            MeasureResult result = row.result();
            List<Object> cells = new ArrayList<>(List.of(result.priority(), result.id(), result.name(), unit(result.unit())));
            List<SeriesPoint> months = row.lastMonths(MONTHS_SHOWN);
            for (int missing = MONTHS_SHOWN - months.size(); missing > 0; missing--) {
                cells.add(null);
            }
            months.forEach(point -> cells.add(point.value()));
            cells.add(row.latest() == null ? null : row.latest().value());
            cells.add(result.shown());
            cells.add(result.numerator());
            cells.add(result.denominator());
            cells.add(countedOver(result.period()));
            cells.add(result.rag() == null ? null : result.rag().name());
            cells.add(result.ratedAgainst().name());
            cells.add(result.ratingTarget());
            cells.add(result.target());
            cells.add(result.toleranceLower());
            cells.add(result.toleranceUpper());
            cells.add(result.directionOfTravel() == null ? null : result.directionOfTravel().words());
            cells.add(ReportMilestones.targetFor(result.milestones(), september));
            cells.add(ReportMilestones.targetFor(result.milestones(), march));
            cells.add(result.definition());
            rows.add(cells);
        }
        return new ReportTable(about, header, rows);
    }

    static String unit(MeasureDefinition.Unit unit) {
        return switch (unit) {
            case COUNT -> "count";
            case PERCENT -> "%";
            case RATE_PER_10K -> "per 10,000 children";
            case AVERAGE -> "average";
        };
    }

    /** What a value counts over, in words: "1 Apr 2025 to 31 Dec 2025, projected to the year (MONTHS)". */
    static String countedOver(MeasureValue.Period period) {
        if (period == null) {
            return null;
        }
        String dates = period.from().equals(period.to()) ? "on " + period.to() : period.from() + " to " + period.to();
        return switch (period.basis()) {
            case MONTH -> "the month, " + dates;
            case YEAR_TO_DATE -> "the year to date, " + dates;
            case PROJECTED_YEAR -> "the year to date projected to the year (" + period.projection() + "), " + dates;
            case ROLLING_12_MONTHS -> "12 months, " + dates;
            case SNAPSHOT -> "the end of the day, " + dates;
        };
    }
}
