package org.caseflow.casework.recurringwork;

import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A plan's last visit, as a child's summary shows it: the latest by its business date and, of two visits on
 * one day, the one the feed brought later (its position). Child protection, child in need and looked-after
 * children's visits are kept alike, each kind in its own table; the kind names it.
 */
public final class LastVisits {

    private final JdbcClient jdbc;
    private final String sql;

    /**
     * @param visits       the kind's visits, e.g. {@code cin_visit}, with {@code visited_on}, {@code position},
     *                     {@code child_seen} and {@code child_seen_alone}
     * @param planIdColumn the column that keys each to its plan, e.g. {@code cin_plan_id}
     */
    public LastVisits(JdbcClient jdbc, String visits, String planIdColumn) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
        this.sql = """
                select visited_on, child_seen, child_seen_alone from %s where %s = :plan
                order by visited_on desc, position desc limit 1""".formatted(visits, planIdColumn);
    }

    /**
     * The plan's last visit, as the summary's record of it ({@code visitedOn}, {@code childSeen}, {@code childSeenAlone});
     * empty before the first.
     */
    public <V> Optional<V> of(String planId, Class<V> as) {
        return jdbc.sql(sql).param("plan", planId).query(as).optional();
    }
}
