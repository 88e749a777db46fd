package org.caseflow.casework.child;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Children, matched on their LA child id and created when first heard of. */
@Repository
public class ChildRecords {

    private final JdbcClient jdbc;

    ChildRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records what a contact says about the child; details already known are kept unless the contact gives them. */
    public void recordDetails(String laChildId, String givenName, String familyName, LocalDate dateOfBirth,
            LocalDate expectedDateOfBirth) {
        jdbc.sql("""
                        insert into child (la_child_id, given_name, family_name, date_of_birth, expected_date_of_birth)
                        values (:id, :given, :family, :born, :expected)
                        on conflict (la_child_id) do update set
                            given_name = coalesce(excluded.given_name, child.given_name),
                            family_name = coalesce(excluded.family_name, child.family_name),
                            date_of_birth = coalesce(excluded.date_of_birth, child.date_of_birth),
                            expected_date_of_birth = coalesce(excluded.expected_date_of_birth, child.expected_date_of_birth),
                            updated_at = now()""")
                .param("id", laChildId).param("given", givenName).param("family", familyName)
                .param("born", dateOfBirth).param("expected", expectedDateOfBirth)
                .update();
    }

    /** Makes sure a child the journey names exists, even if nothing else is known of them yet. */
    public void ensure(String laChildId) {
        jdbc.sql("insert into child (la_child_id) values (:id) on conflict do nothing").param("id", laChildId).update();
    }
}
