package org.caseflow.kpi.childinneed;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.caseflow.kpi.childinneed.rules.CinPlan;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the child in need plan facts that more than one measure needs. */
@Repository
class CinPlans {

    /**
     * The plans that may be open at the end of {@code :on}: started by then and not ended before it.
     * Those ending that very day are read too, and the rule ({@link CinPlan#isOpenOn}) decides.
     */
    static final String OPEN_OR_ENDING_ON = "(p.started_on <= :on and (p.ended_on is null or p.ended_on >= :on))";

    private final JdbcClient jdbc;

    CinPlans(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CinPlan> openOrEndingOn(LocalDate date) {
        return jdbc.sql("select cin_plan_id, la_child_id, started_on, ended_on from cin_plan_fact p where " + OPEN_OR_ENDING_ON)
                .param("on", date).query(CinPlan.class).list();
    }

    /** A plan from a row holding the columns of {@code cin_plan_fact p}. */
    static CinPlan planOf(ResultSet row) throws SQLException {
        return new CinPlan(row.getString("cin_plan_id"), row.getString("la_child_id"), row.getObject("started_on", LocalDate.class),
                row.getObject("ended_on", LocalDate.class));
    }
}
