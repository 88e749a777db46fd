package org.caseflow.casework.opencases;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.caseflow.casework.child.CaseLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Counts the children with an open case on a date, by business dates: an episode or a plan is open
 * on each day from the day it started up to, not including, the day it ended. So a child stepped
 * down from a plan to Early Help on a day is counted at Early Help that day, not at both levels, and
 * a child whose Early Help episode closes the day after a referral opened is counted at child in
 * need on the day both were open. Each child is counted once, at their highest level. A period of
 * care counts from the day the child started to be looked after, not the day it ceased; one under
 * short breaks only is left out, as the DfE leaves those children out of the number looked after
 * (the episode it sits in counts them at child in need).
 */
@Repository
class OpenCases {

    private final JdbcClient jdbc;

    OpenCases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    OpenCaseCounts on(LocalDate date) {
        Map<CaseLevel, Long> children = new EnumMap<>(CaseLevel.class);
        // each open piece of work gives its child a level, by CaseLevel's order; the child's highest counts
        jdbc.sql("""
                        with open_work as (
                            select la_child_id, :lookedAfter as level from cla_period
                            where started_on <= :on and (ended_on is null or ended_on > :on) and not short_breaks_only
                            union all
                            select la_child_id, :protection from cp_plan
                            where started_on <= :on and (ended_on is null or ended_on > :on)
                            union all
                            select la_child_id, case kind when 'CHILD_IN_NEED' then :inNeed else :earlyHelp end from episode
                            where started_on <= :on and (ended_on is null or ended_on > :on)
                        )
                        select level, count(*) as children
                        from (select la_child_id, max(level) as level from open_work group by la_child_id) highest
                        group by level""")
                .param("on", date).param("lookedAfter", CaseLevel.LOOKED_AFTER.ordinal())
                .param("protection", CaseLevel.CHILD_PROTECTION_PLAN.ordinal())
                .param("inNeed", CaseLevel.CHILD_IN_NEED.ordinal()).param("earlyHelp", CaseLevel.EARLY_HELP.ordinal())
                .query((row, n) -> Map.entry(CaseLevel.values()[row.getInt("level")], row.getLong("children")))
                .list().forEach(count -> children.put(count.getKey(), count.getValue()));
        long earlyHelp = children.getOrDefault(CaseLevel.EARLY_HELP, 0L);
        long inNeed = children.getOrDefault(CaseLevel.CHILD_IN_NEED, 0L);
        long protection = children.getOrDefault(CaseLevel.CHILD_PROTECTION_PLAN, 0L);
        long lookedAfter = children.getOrDefault(CaseLevel.LOOKED_AFTER, 0L);
        return new OpenCaseCounts(date, earlyHelp, inNeed, protection, lookedAfter, earlyHelp + inNeed + protection + lookedAfter);
    }
}
