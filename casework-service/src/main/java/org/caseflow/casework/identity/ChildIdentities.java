package org.caseflow.casework.identity;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The identifying details of each child (table {@code child}). */
@Repository
class ChildIdentities {

    private static final String SELECT = """
            select la_child_id, given_name, family_name, date_of_birth, expected_date_of_birth
            from child where la_child_id = :id""";

    private final JdbcClient jdbc;

    ChildIdentities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ChildIdentity> find(String laChildId) {
        return jdbc.sql(SELECT).param("id", laChildId).query(ChildIdentity.class).optional();
    }

    /**
     * Reads the identity and holds the child's row until the transaction ends, so that what a
     * change says it replaced is what it did replace, even when two managers correct it at once.
     */
    Optional<ChildIdentity> findForChange(String laChildId) {
        return jdbc.sql(SELECT + " for update").param("id", laChildId).query(ChildIdentity.class).optional();
    }

    void replace(ChildIdentity identity) {
        jdbc.sql("""
                        update child set given_name = :given, family_name = :family, date_of_birth = :born,
                            expected_date_of_birth = :expected, updated_at = now()
                        where la_child_id = :id""")
                .param("id", identity.laChildId()).param("given", identity.givenName())
                .param("family", identity.familyName()).param("born", identity.dateOfBirth())
                .param("expected", identity.expectedDateOfBirth())
                .update();
    }
}
