package org.caseflow.kpi.measures;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.caseflow.kpi.measures.rules.ChildrenInTimescale;
import org.caseflow.kpi.measures.rules.Involvement;
import org.caseflow.kpi.measures.rules.VisitTimeliness;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Statutory visits as a snapshot measure: of the children on a plan at the end of the reporting date, those
 * whose next visit is not overdue by {@link VisitTimeliness}. KPIs {@code cp-visits-in-timescale} (rule T10) and
 * {@code cin-visits-in-timescale} (rule T11) are this one measure over different plans; each is a class of its own
 * in its feature, which names its id, its rule and where its plans' facts are. (Looked-after children's visits
 * are measured as the visits that fell due in the month instead: {@code lookedafter.ClaVisitsInTimescale}.) For
 * each plan the database gives only the last visit by then in which the child was seen, and the due date the
 * journey set from it.
 *
 * @param <P> what the child is visited on, as the feature's rule reads it
 */
public abstract class VisitsInTimescaleMeasure<P extends Involvement> implements Measure {

    /**
     * Where one kind of plan's facts are, in tables (or views) shaped alike: its plans (with {@code la_child_id},
     * {@code started_on}, {@code ended_on} and {@code first_visit_due_on}), their visits (with
     * {@code visited_on} and {@code child_seen}) and their visit clocks (with {@code counted_from} and
     * {@code due_on}), each keyed to its plan by {@code planId}.
     *
     * @param openOrEndingOn the feature's condition on {@code plans} as {@code p} for the plans that may be open at
     *                       the end of {@code :on}; the rule ({@link Involvement#isOpenOn}) decides
     */
    public record VisitFacts(String plans, String planId, String visits, String visitClocks, String openOrEndingOn) {

        /** The plans that may be open on {@code :on} (all their columns), each with its last visit by then in which the child was seen. */
        String plansWithLastSeenOn() {
            return """
                    select p.*, seen.last_seen_on,
                           (select max(d.due_on) from %4$s d
                            where d.%1$s = p.%1$s and d.counted_from = seen.last_seen_on) as due_after_last_seen
                    from %2$s p
                    cross join lateral (select max(v.visited_on) as last_seen_on from %3$s v
                                        where v.%1$s = p.%1$s and v.child_seen and v.visited_on <= :on) seen
                    where %5$s""".formatted(planId, plans, visits, visitClocks, openOrEndingOn);
        }
    }

    /** The feature's plan, from a row holding the columns of its plan table. */
    @FunctionalInterface
    public interface PlanOfRow<P> {
        P planOf(ResultSet row) throws SQLException;
    }

    private final JdbcClient jdbc;
    private final VisitTimeliness<P> timeliness;
    private final String plansWithLastSeenOn;
    private final PlanOfRow<? extends P> planOfRow;

    protected VisitsInTimescaleMeasure(JdbcClient jdbc, VisitTimeliness<P> timeliness, VisitFacts facts, PlanOfRow<? extends P> planOfRow) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
        this.timeliness = Objects.requireNonNull(timeliness, "timeliness");
        this.plansWithLastSeenOn = facts.plansWithLastSeenOn();
        this.planOfRow = Objects.requireNonNull(planOfRow, "planOfRow");
    }

    @Override
    public MeasureValue valueFor(ReportingPeriod period) {
        LocalDate on = period.reportingDate();
        List<VisitTimeliness.PlanVisits<P>> plans = jdbc.sql(plansWithLastSeenOn)
                .param("on", on)
                .query((row, number) -> new VisitTimeliness.PlanVisits<P>(planOfRow.planOf(row),
                        row.getObject("first_visit_due_on", LocalDate.class), row.getObject("last_seen_on", LocalDate.class),
                        row.getObject("due_after_last_seen", LocalDate.class)))
                .list();
        ChildrenInTimescale count = timeliness.count(plans, on);
        return MeasureValue.percentage(count.inTimescale(), count.children(), period.atReportingDate());
    }
}
