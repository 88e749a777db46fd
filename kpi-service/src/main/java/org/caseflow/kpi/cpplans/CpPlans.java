package org.caseflow.kpi.cpplans;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.caseflow.kpi.cpplans.rules.CpPlan;
import org.caseflow.kpi.cpplans.rules.RepeatPlans;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the plan facts that more than one measure needs; the children on a plan are children in need
 * too, so the child in need measures read them here.
 */
@Repository
public class CpPlans {

    /**
     * The plans that may be open at the end of {@code :on}: started by then and not ended before it.
     * Those ending that very day are read too, and the rule ({@link CpPlan#isOpenOn}) decides.
     */
    static final String OPEN_OR_ENDING_ON = "(p.started_on <= :on and (p.ended_on is null or p.ended_on >= :on))";

    private final JdbcClient jdbc;

    CpPlans(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The plans that may be open at the end of {@code date} (see {@link #OPEN_OR_ENDING_ON}). */
    public List<CpPlan> openOrEndingOn(LocalDate date) {
        return jdbc.sql("select cp_plan_id, la_child_id, started_on, ended_on from cp_plan_fact p where " + OPEN_OR_ENDING_ON)
                .param("on", date).query(CpPlan.class).list();
    }

    /** Plans started from {@code from} to {@code to}, both included; each plan counts. */
    long startedBetween(LocalDate from, LocalDate to) {
        return jdbc.sql("select count(*) from cp_plan_fact where started_on between :from and :to")
                .param("from", from).param("to", to).query(Long.class).single();
    }

    /** Plans ended from {@code from} to {@code to}, both included. */
    List<CpPlan> endedBetween(LocalDate from, LocalDate to) {
        return jdbc.sql("select cp_plan_id, la_child_id, started_on, ended_on from cp_plan_fact where ended_on between :from and :to")
                .param("from", from).param("to", to).query(CpPlan.class).list();
    }

    /**
     * The plans started from {@code from} to {@code to}, with every earlier plan of the same children
     * that {@link RepeatPlans} looks back to (all of them: "ever" has no limit).
     */
    List<CpPlan> startedBetweenWithEarlierPlans(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select cp_plan_id, la_child_id, started_on, ended_on from cp_plan_fact
                        where started_on <= :to
                          and la_child_id in (select la_child_id from cp_plan_fact where started_on between :from and :to)""")
                .param("from", from).param("to", to).query(CpPlan.class).list();
    }

    /** A plan from a row holding the columns of {@code cp_plan_fact p}. */
    static CpPlan planOf(ResultSet row) throws SQLException {
        return new CpPlan(row.getString("cp_plan_id"), row.getString("la_child_id"), row.getObject("started_on", LocalDate.class),
                row.getObject("ended_on", LocalDate.class));
    }
}
