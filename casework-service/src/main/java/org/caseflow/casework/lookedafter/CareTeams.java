package org.caseflow.casework.lookedafter;

import java.util.List;
import org.caseflow.casework.access.LookedAfterChildren;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether a child is looked after now, and the teams holding their open periods of care, for the
 * rules of who may open the record. A period under short breaks only counts too: the child is
 * looked after, and the care team holds the case, though the DfE's number of children looked after
 * leaves them out.
 */
@Component
class CareTeams implements LookedAfterChildren {

    private final JdbcClient jdbc;

    CareTeams(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean isLookedAfter(String laChildId) {
        return jdbc.sql("select exists (select 1 from cla_period where la_child_id = :child and ended_on is null)")
                .param("child", laChildId).query(Boolean.class).single();
    }

    @Override
    public List<String> careTeams(String laChildId) {
        return jdbc.sql("""
                        select distinct team from cla_period
                        where la_child_id = :child and ended_on is null and team is not null order by team""")
                .param("child", laChildId).query(String.class).list();
    }
}
