package org.caseflow.kpi.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.caseflow.kpi.measures.SeriesPoint;

/**
 * A measure's months as a small line chart, laid out on the server and drawn as SVG by the page's template: no
 * script and nothing fetched, so it prints and reads the same anywhere. The line joins the months that have a value;
 * a dashed line marks the target. {@code title} and {@code description} are its text alternative: every month's
 * value in words, for a screen reader and for anyone who cannot tell the line's height.
 *
 * @param points  the SVG polyline's points, "x,y x,y ..."
 * @param dots    one per month with a value
 * @param targetY the target line's height, or null when there is no target
 */
record Chart(String id, String title, String description, String points, List<Dot> dots, BigDecimal targetY) {

    static final int WIDTH = 240;
    static final int HEIGHT = 60;
    private static final int PADDING = 6;

    record Dot(BigDecimal x, BigDecimal y, String label) {
    }

    static Chart of(String measureId, String name, List<SeriesPoint> history, BigDecimal target) {
        List<BigDecimal> values = history.stream().map(SeriesPoint::shown).toList();
        BigDecimal low = null;
        BigDecimal high = null;
        for (BigDecimal value : values) {
            if (value != null) {
                low = low == null || value.compareTo(low) < 0 ? value : low;
                high = high == null || value.compareTo(high) > 0 ? value : high;
            }
        }
        if (target != null && low != null) {
            low = target.min(low);
            high = target.max(high);
        }
        List<Dot> dots = new ArrayList<>();
        StringJoiner points = new StringJoiner(" ");
        StringJoiner words = new StringJoiner("; ");
        int count = history.size();
        for (int i = 0; i < count; i++) {
            SeriesPoint point = history.get(i);
            String month = MonthLabels.shortLabel(point.month());
            if (point.shown() == null) {
                words.add(month + ": no value");
                continue;
            }
            BigDecimal x = x(i, count);
            BigDecimal y = y(point.shown(), low, high);
            dots.add(new Dot(x, y, month + ": " + Formats.number(point.shown())));
            points.add(x.toPlainString() + "," + y.toPlainString());
            words.add(month + ": " + Formats.number(point.shown()));
        }
        String title = name + ", " + (history.isEmpty() ? "no months"
                : MonthLabels.longLabel(history.get(0).month()) + " to " + MonthLabels.longLabel(history.get(count - 1).month()));
        String description = words + (target == null ? "." : "; target " + Formats.number(target) + " (dashed line).");
        return new Chart("chart-" + measureId, title, description, points.toString(), dots,
                target == null || low == null ? null : y(target, low, high));
    }

    private static BigDecimal x(int index, int count) {
        double step = count <= 1 ? 0 : (WIDTH - 2.0 * PADDING) / (count - 1);
        return BigDecimal.valueOf(PADDING + index * step).setScale(1, RoundingMode.HALF_UP);
    }

    /** Higher values higher up; a flat series is drawn across the middle. */
    private static BigDecimal y(BigDecimal value, BigDecimal low, BigDecimal high) {
        double range = high.subtract(low).doubleValue();
        double share = range == 0 ? 0.5 : value.subtract(low).doubleValue() / range;
        return BigDecimal.valueOf(HEIGHT - PADDING - share * (HEIGHT - 2.0 * PADDING)).setScale(1, RoundingMode.HALF_UP);
    }
}
