package org.caseflow.casework.child;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ChildRepository {

    private final JdbcClient jdbc;

    ChildRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ChildSummary> findSummary(String laChildId) {
        return jdbc.sql("""
                        select la_child_id, given_name, family_name, date_of_birth, expected_date_of_birth
                        from child where la_child_id = :id""")
                .param("id", laChildId)
                .query(ChildSummary.class)
                .optional();
    }
}
