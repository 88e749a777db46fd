package org.caseflow.kpi.report;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caseflow.kpi.catalogue.MeasureDefinition.Polarity;
import org.caseflow.kpi.catalogue.MeasureDefinition.RatedAgainst;
import org.caseflow.kpi.measures.DirectionOfTravel;
import org.caseflow.kpi.measures.MeasureResult;
import org.caseflow.kpi.measures.ReportRow;
import org.caseflow.kpi.measures.ReportWithHistory;
import org.caseflow.kpi.measures.SeriesPoint;

/**
 * What the report page shows, worked out from the month's report so that the template only lays it out: the
 * priorities A to D as the reference report has them, each measure's row with its last three months, latest value,
 * rating, target, tolerance, direction of travel, milestones and chart.
 */
record ReportPage(YearMonth month, String monthLabel, String reportingDate, String financialYear, String population,
        String projectionMethod, String projectionWords, String latestHeading, List<String> monthHeadings, String septemberHeading,
        String marchHeading, List<Section> sections, YearMonth sameMonthLastYear, YearMonth previousMonth, YearMonth nextMonth,
        String earliest, String latest) {

    static final int CHART_MONTHS = 12;
    static final int MONTHS_SHOWN = 3;

    private static final Map<String, String> PRIORITIES = Map.of(
            "A", "Priority A: planning and safety (children in need and child protection)",
            "B", "Priority B: the child's journey through the system",
            "C", "Priority C: homes and families for children looked after",
            "D", "Priority D: people and workforce");

    record Section(String priority, String heading, List<Row> rows) {
    }

    /**
     * @param months the last three months, earliest first, each linked to its numerator and denominator
     * @param latest the month after the report's, or null when there is none
     */
    record Row(String id, String name, String unit, List<Cell> months, Cell latest, Badge rag, String target, String tolerance,
            Direction direction, String september, String march, Chart chart, String definition) {
    }

    /** A value as shown, and where to see what it is made of. */
    record Cell(String month, String text, String href) {
    }

    record Badge(String rating, String label, String words, String cssClass) {
    }

    record Direction(String movement, String judgement, String arrow, String words, String cssClass) {
    }

    static ReportPage of(ReportWithHistory report, YearMonth earliest, YearMonth current) {
        YearMonth september = ReportMilestones.september(report.financialYear());
        YearMonth march = ReportMilestones.march(report.financialYear());
        List<String> monthHeadings = new ArrayList<>();
        for (int back = MONTHS_SHOWN - 1; back >= 0; back--) {
            monthHeadings.add(MonthLabels.shortLabel(report.month().minusMonths(back)));
        }
        Map<String, List<Row>> byPriority = new LinkedHashMap<>();
        for (ReportRow row : report.rows()) {
            byPriority.computeIfAbsent(row.result().priority(), priority -> new ArrayList<>()).add(row(report, row, september, march));
        }
        List<Section> sections = byPriority.entrySet().stream()
                .map(entry -> new Section(entry.getKey(), PRIORITIES.getOrDefault(entry.getKey(), "Priority " + entry.getKey()), entry.getValue()))
                .toList();
        String population = report.population() == null ? "not set: rates cannot be worked out"
                : Formats.number(BigDecimal.valueOf(report.population().population())) + " children aged 0 to 17 (mid-"
                        + report.population().midYear() + " estimate, " + report.population().source() + ")";
        String latestHeading = report.latestMonth() == null ? null
                : "Latest (" + MonthLabels.shortLabel(report.latestMonth()) + " to " + report.latestReportingDate() + ")";
        YearMonth lastYear = report.month().minusYears(1);
        YearMonth previous = report.month().minusMonths(1);
        YearMonth next = report.month().plusMonths(1);
        return new ReportPage(report.month(), MonthLabels.longLabel(report.month()), report.reportingDate().toString(),
                report.financialYear(), population, report.projection().method().name(), report.projection().description(),
                latestHeading, monthHeadings, MonthLabels.shortLabel(september) + " milestone", MonthLabels.shortLabel(march) + " milestone",
                sections, lastYear.isBefore(earliest) ? null : lastYear, previous.isBefore(earliest) ? null : previous,
                next.isAfter(current) ? null : next, earliest.toString(), current.toString());
    }

    private static Row row(ReportWithHistory report, ReportRow row, YearMonth september, YearMonth march) {
        MeasureResult result = row.result();
        String projection = report.projection().method().name();
        List<Cell> months = new ArrayList<>();
        for (SeriesPoint point : row.lastMonths(MONTHS_SHOWN)) {
            months.add(cell(result.id(), point.month(), point.shown(), projection));
        }
        while (months.size() < MONTHS_SHOWN) {
            months.add(0, new Cell(null, null, null));
        }
        Cell latest = row.latest() == null ? null : cell(result.id(), report.latestMonth(), row.latest().shown(), projection);
        BigDecimal chartTarget = result.ratedAgainst() == RatedAgainst.TARGET ? result.target() : null;
        return new Row(result.id(), result.name(), ReportTable.unit(result.unit()), months, latest, badge(result), target(result),
                tolerance(result), direction(result.directionOfTravel()),
                Formats.number(ReportMilestones.targetFor(result.milestones(), september)),
                Formats.number(ReportMilestones.targetFor(result.milestones(), march)),
                Chart.of(result.id(), result.name(), row.history(), chartTarget), result.definition());
    }

    private static Cell cell(String id, YearMonth month, BigDecimal shown, String projection) {
        String href = "/report/measures/" + id + "?month=" + month + (projection.equals("MONTHS") ? "" : "&projection=" + projection);
        return new Cell(month.toString(), Formats.number(shown), href);
    }

    private static Badge badge(MeasureResult result) {
        if (result.rag() == null) {
            String why = result.polarity() == Polarity.NONE ? "Context only: not rated"
                    : result.ratedAgainst() == RatedAgainst.MILESTONES ? "Not rated: no milestone set for this year" : "Not rated: no target set";
            return new Badge(null, "Not rated", why, "rag rag-none");
        }
        String label = switch (result.rag()) {
            case GREEN -> "Green";
            case AMBER -> "Amber";
            case RED -> "Red";
        };
        return new Badge(result.rag().name(), label, result.rag().words(), "rag rag-" + result.rag().name().toLowerCase());
    }

    private static String target(MeasureResult result) {
        if (result.ratedAgainst() == RatedAgainst.MILESTONES) {
            return result.ratingTarget() == null ? "By milestones (none this year)"
                    : "By milestones: " + Formats.number(result.ratingTarget()) + " by now";
        }
        return result.target() == null ? "None set" : Formats.number(result.target());
    }

    private static String tolerance(MeasureResult result) {
        String lower = Formats.number(result.toleranceLower());
        String upper = Formats.number(result.toleranceUpper());
        String way = switch (result.polarity()) {
            case HIGH_GOOD -> "higher is better";
            case LOW_GOOD -> "lower is better";
            case CLOSE_TO_TARGET -> "within range";
            case NONE -> "context only";
        };
        if (lower != null && upper != null) {
            return lower + "\u2013" + upper + ", " + way;
        }
        if (lower != null) {
            return "lower limit " + lower + ", " + way;
        }
        if (upper != null) {
            return "upper limit " + upper + ", " + way;
        }
        return "none set, " + way;
    }

    private static Direction direction(DirectionOfTravel direction) {
        if (direction == null) {
            return null;
        }
        String judgement = direction.judgement() == null ? null : direction.judgement().name();
        String css = "dot dot-" + (judgement == null ? "none" : judgement.toLowerCase());
        return new Direction(direction.movement().name(), judgement, direction.arrow(), direction.words(), css);
    }
}
