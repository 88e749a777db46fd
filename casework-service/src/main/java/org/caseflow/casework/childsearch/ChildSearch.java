package org.caseflow.casework.childsearch;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The children whose record matches a search, before anyone's access is judged: by family name,
 * given name, date of birth and id. A name word matches the start of any word of the given or
 * family name, whatever its case, a hyphen counting as a space (Khan finds Ahmed-Khan) and either
 * apostrophe as the other (O'Brien finds O’Brien).
 */
@Repository
class ChildSearch {

    private final JdbcClient jdbc;

    ChildSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every child matching all the terms, by family name, given name, date of birth and id. */
    List<FoundChild> matching(SearchTerms terms) {
        StringBuilder sql = new StringBuilder("""
                select la_child_id, given_name, family_name, date_of_birth, expected_date_of_birth from child
                where (cast(:id as varchar) is null or upper(la_child_id) = upper(:id))
                  and (cast(:born as date) is null or date_of_birth = :born or expected_date_of_birth = :born)""");
        for (int i = 0; i < terms.nameWords().size(); i++) {
            // the words are letters, hyphens and apostrophes only, so none is a LIKE wildcard; a typographic
            // apostrophe in a recorded name matches a typed one, as SearchTerms reads both alike
            sql.append("\n  and translate(lower(' ' || coalesce(given_name, '') || ' ' || coalesce(family_name, '')), '-’', ' ''')"
                    + " like ('% ' || translate(:word").append(i).append(", '-', ' ') || '%')");
        }
        sql.append("\norder by lower(family_name) nulls last, lower(given_name) nulls last, date_of_birth nulls last, la_child_id");
        JdbcClient.StatementSpec query = jdbc.sql(sql.toString())
                .param("id", terms.laChildId())
                .param("born", terms.dateOfBirth());
        for (int i = 0; i < terms.nameWords().size(); i++) {
            query = query.param("word" + i, terms.nameWords().get(i));
        }
        return query.query(FoundChild.class).list();
    }
}
