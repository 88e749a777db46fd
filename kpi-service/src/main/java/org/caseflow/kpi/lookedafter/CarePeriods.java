package org.caseflow.kpi.lookedafter;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caseflow.journey.events.lookedafter.LegalStatus;
import org.caseflow.journey.events.lookedafter.PlacementProvider;
import org.caseflow.journey.events.lookedafter.PlacementType;
import org.caseflow.journey.events.lookedafter.ReasonCeased;
import org.caseflow.kpi.lookedafter.rules.CarePeriod;
import org.caseflow.kpi.lookedafter.rules.ClaPlacement;
import org.caseflow.kpi.measures.rules.VisitTimeliness.SeenVisit;
import org.caseflow.kpi.measures.rules.VisitTimeliness.VisitHistory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the periods of care, their placements and reviews for the measures; looked-after children are
 * children in need too, so the child in need measures read the periods here.
 */
@Repository
public class CarePeriods {

    /**
     * The periods (or placements) that may be open at the end of {@code :on}: started by then and not ended
     * before it. Those ending that very day are read too, and the rule ({@link CarePeriod#isOpenOn}) decides.
     */
    static final String OPEN_OR_ENDING_ON = "(p.started_on <= :on and (p.ended_on is null or p.ended_on >= :on))";

    /**
     * The periods (or placements) that may have had work fall due from {@code :from} to {@code :to}: started by the
     * end and not ended more than a year before the start. Work is due at most 6 months after the one before it
     * (rule T19) or the journey's own due date, and work due after a period's end counts only if it was done before
     * that end, so a year is margin enough; the rules decide.
     */
    static final String MAY_HAVE_WORK_DUE_BETWEEN =
            "(p.started_on <= :to and (p.ended_on is null or p.ended_on >= cast(:from as date) - interval '1 year'))";

    private static final String PERIODS = """
            select cla_period_id, la_child_id, started_on, ended_on, legal_status, reason_ceased
            from (select cla_period_id, la_child_id, started_on, ceased_on as ended_on, legal_status, reason_ceased from cla_period_fact) p
            """;

    private final JdbcClient jdbc;

    CarePeriods(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The periods that may be open at the end of {@code date} (see {@link #OPEN_OR_ENDING_ON}). */
    public List<CarePeriod> openOrEndingOn(LocalDate date) {
        return jdbc.sql(PERIODS + "where " + OPEN_OR_ENDING_ON).param("on", date).query(CarePeriods::periodOf).list();
    }

    /** Periods started from {@code from} to {@code to}, both included. */
    List<CarePeriod> startedBetween(LocalDate from, LocalDate to) {
        return jdbc.sql(PERIODS + "where p.started_on between :from and :to").param("from", from).param("to", to)
                .query(CarePeriods::periodOf).list();
    }

    /** Periods ended from {@code from} to {@code to}, both included. */
    List<CarePeriod> endedBetween(LocalDate from, LocalDate to) {
        return jdbc.sql(PERIODS + "where p.ended_on between :from and :to").param("from", from).param("to", to)
                .query(CarePeriods::periodOf).list();
    }

    /** The placements that may be open at the end of {@code date}, each until the next of its period or the period's end. */
    List<ClaPlacement> placementsOpenOrEndingOn(LocalDate date) {
        return jdbc.sql("select * from cla_placement p where " + OPEN_OR_ENDING_ON).param("on", date)
                .query((row, number) -> placementOf(row)).list();
    }

    /** The periods that may have had a review fall due from {@code from} to {@code to} ({@link #MAY_HAVE_WORK_DUE_BETWEEN}). */
    List<CarePeriod> mayHaveWorkDueBetween(LocalDate from, LocalDate to) {
        return jdbc.sql(PERIODS + "where " + MAY_HAVE_WORK_DUE_BETWEEN).param("from", from).param("to", to)
                .query(CarePeriods::periodOf).list();
    }

    /** The days the reviews of those periods were held, up to {@code to}, by period. */
    Map<String, List<LocalDate>> reviewsHeldBetween(LocalDate from, LocalDate to) {
        Map<String, List<LocalDate>> held = new LinkedHashMap<>();
        jdbc.sql("""
                        select r.cla_period_id, r.held_on from cla_review_fact r
                        join (select cla_period_id, started_on, ceased_on as ended_on from cla_period_fact) p on p.cla_period_id = r.cla_period_id
                        where r.held_on <= :to and %s""".formatted(MAY_HAVE_WORK_DUE_BETWEEN))
                .param("from", from).param("to", to)
                .query(row -> {
                    held.computeIfAbsent(row.getString("cla_period_id"), period -> new ArrayList<>())
                            .add(row.getObject("held_on", LocalDate.class));
                });
        return held;
    }

    /**
     * The placements that may have had a visit fall due from {@code from} to {@code to} ({@link #MAY_HAVE_WORK_DUE_BETWEEN}),
     * each with the visits of its period of care in which the child was seen, from a year before {@code from} up to
     * {@code to} (the rule takes those made while the child was in the placement), and the next visit's due date as the
     * journey set it from each. A visit falling due in the period is due at most 6 months after the visit before it
     * (as {@link #MAY_HAVE_WORK_DUE_BETWEEN} says), so the visits of more than a year before cannot decide one; leaving
     * them out keeps the read to the period's own stretch of a placement's years of visits.
     */
    List<VisitHistory<ClaPlacement>> placementVisitsBetween(LocalDate from, LocalDate to) {
        Map<String, List<SeenVisit>> seenByPeriod = new LinkedHashMap<>();
        jdbc.sql("""
                        select v.cla_period_id, v.visited_on,
                               (select max(d.due_on) from cla_visit_due_fact d
                                where d.cla_period_id = v.cla_period_id and d.counted_from = v.visited_on) as next_due_on
                        from cla_visit_fact v
                        join cla_placement p on p.cla_period_id = v.cla_period_id and p.started_on <= v.visited_on
                                            and (p.ended_on is null or p.ended_on > v.visited_on)
                        where v.child_seen and v.visited_on <= :to and v.visited_on >= cast(:from as date) - interval '1 year'
                        and %s""".formatted(MAY_HAVE_WORK_DUE_BETWEEN))
                .param("from", from).param("to", to)
                .query(row -> {
                    seenByPeriod.computeIfAbsent(row.getString("cla_period_id"), period -> new ArrayList<>())
                            .add(new SeenVisit(row.getObject("visited_on", LocalDate.class), row.getObject("next_due_on", LocalDate.class)));
                });
        return jdbc.sql("select * from cla_placement p where " + MAY_HAVE_WORK_DUE_BETWEEN).param("from", from).param("to", to)
                .query((row, number) -> new VisitHistory<>(placementOf(row), row.getObject("first_visit_due_on", LocalDate.class),
                        seenByPeriod.getOrDefault(row.getString("cla_period_id"), List.of())))
                .list();
    }

    private static CarePeriod periodOf(ResultSet row, int number) throws SQLException {
        String reason = row.getString("reason_ceased");
        return new CarePeriod(row.getString("cla_period_id"), row.getString("la_child_id"), row.getObject("started_on", LocalDate.class),
                row.getObject("ended_on", LocalDate.class), LegalStatus.valueOf(row.getString("legal_status")),
                reason == null ? null : ReasonCeased.valueOf(reason));
    }

    /** A placement from a row holding the columns of the view {@code cla_placement}. */
    static ClaPlacement placementOf(ResultSet row) throws SQLException {
        return new ClaPlacement(row.getString("cla_period_id"), row.getString("la_child_id"), LegalStatus.valueOf(row.getString("legal_status")),
                row.getObject("started_on", LocalDate.class), row.getObject("ended_on", LocalDate.class),
                PlacementType.valueOf(row.getString("placement_type")), PlacementProvider.valueOf(row.getString("provider")),
                row.getBoolean("until_eighteen"));
    }
}
