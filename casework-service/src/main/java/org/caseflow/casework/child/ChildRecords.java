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

    /**
     * Records what a contact says about the child, but only the details the record does not have
     * yet: a new child gets the contact's details, a known child keeps theirs. Anyone who may
     * record a contact can name any LA child id, including one whose record is restricted from
     * them, so a contact must never be a way to rename a child; that is a manager's audited step.
     * An expected date of birth is a detail only of an unborn child, so it is not missing from a
     * record that has the date of birth.
     */
    public void recordDetails(String laChildId, String givenName, String familyName, LocalDate dateOfBirth,
            LocalDate expectedDateOfBirth) {
        jdbc.sql("""
                        insert into child (la_child_id, given_name, family_name, date_of_birth, expected_date_of_birth)
                        values (:id, :given, :family, :born, :expected)
                        on conflict (la_child_id) do update set
                            given_name = coalesce(child.given_name, excluded.given_name),
                            family_name = coalesce(child.family_name, excluded.family_name),
                            date_of_birth = coalesce(child.date_of_birth, excluded.date_of_birth),
                            expected_date_of_birth = case when child.date_of_birth is null
                                then coalesce(child.expected_date_of_birth, excluded.expected_date_of_birth)
                                else child.expected_date_of_birth end,
                            updated_at = now()
                        where (child.given_name is null and excluded.given_name is not null)
                            or (child.family_name is null and excluded.family_name is not null)
                            or (child.date_of_birth is null and excluded.date_of_birth is not null)
                            or (child.date_of_birth is null and child.expected_date_of_birth is null
                                and excluded.expected_date_of_birth is not null)""")
                .param("id", laChildId).param("given", givenName).param("family", familyName)
                .param("born", dateOfBirth).param("expected", expectedDateOfBirth)
                .update();
    }

    /** Makes sure a child the journey names exists, even if nothing else is known of them yet. */
    public void ensure(String laChildId) {
        jdbc.sql("insert into child (la_child_id) values (:id) on conflict do nothing").param("id", laChildId).update();
    }
}
