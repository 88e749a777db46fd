package org.caseflow.kpi.measures.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caseflow.calendar.FinancialYear;

/**
 * The target a month is judged against when a measure is rated by its milestones rather than by one
 * target (docs/statutory-rules.md section 5, "Milestone ratings"): the reference report rates "All open
 * cases", "Children entering care" and "Children ceasing care" that way, with no target of their own, by
 * where the year's milestones (its "Sept-23" and "Mar-24" columns) say the measure should be by then.
 * <p>
 * The milestones of the reporting date's financial year are points on a line, each at the end of its
 * month, months counted as {@link YearProjection#monthsElapsed} counts them (September is 6, March 12).
 * The target is read off that line at the reporting date:
 * <ul>
 *   <li>a count that builds up over the year from 1 April (year to date) starts the line at 0 on 1 April
 *       and, after the year's last milestone, goes on at its last slope: 60 children entering care by
 *       September is 30 by the end of June, which is why the report's 42 is amber;</li>
 *   <li>anything else (what stands on a day, or what happened in a month) holds the first milestone
 *       before it and the last after it: all open cases are judged against September's 1,839 until
 *       September.</li>
 * </ul>
 * A year with no milestone gives no target, and the month no rating: milestones are set for a year.
 */
public final class MilestoneTrajectory {

    private MilestoneTrajectory() {
    }

    /**
     * @param milestones         every milestone of the measure, by month (those outside the reporting date's
     *                           financial year are not used)
     * @param cumulativeFromApril whether the measure counts from 1 April to the reporting date
     */
    public static Optional<BigDecimal> targetOn(LocalDate reportingDate, Map<YearMonth, BigDecimal> milestones,
            boolean cumulativeFromApril) {
        FinancialYear year = FinancialYear.containing(reportingDate);
        List<Point> points = new ArrayList<>();
        milestones.forEach((month, target) -> {
            if (year.contains(month.atEndOfMonth())) {
                points.add(new Point(YearProjection.monthsElapsed(year, month.atEndOfMonth()), target));
            }
        });
        if (points.isEmpty()) {
            return Optional.empty();
        }
        points.sort(Comparator.comparing(Point::months));
        if (cumulativeFromApril) {
            points.add(0, new Point(BigDecimal.ZERO, BigDecimal.ZERO));
        }
        BigDecimal now = YearProjection.monthsElapsed(year, reportingDate);
        Point first = points.get(0);
        Point last = points.get(points.size() - 1);
        if (now.compareTo(first.months()) <= 0) {
            return Optional.of(first.target());
        }
        if (now.compareTo(last.months()) >= 0) {
            return Optional.of(cumulativeFromApril ? along(points.get(points.size() - 2), last, now) : last.target());
        }
        for (int i = 1; i < points.size(); i++) {
            if (now.compareTo(points.get(i).months()) <= 0) {
                return Optional.of(along(points.get(i - 1), points.get(i), now));
            }
        }
        throw new IllegalStateException("unreachable: " + now + " lies between " + first + " and " + last);
    }

    /** The value at {@code months} on the straight line through {@code from} and {@code to}. */
    private static BigDecimal along(Point from, Point to, BigDecimal months) {
        BigDecimal slope = to.target().subtract(from.target())
                .divide(to.months().subtract(from.months()), MathContext.DECIMAL128);
        return from.target().add(slope.multiply(months.subtract(from.months()), MathContext.DECIMAL128), MathContext.DECIMAL128);
    }

    private record Point(BigDecimal months, BigDecimal target) {
    }
}
