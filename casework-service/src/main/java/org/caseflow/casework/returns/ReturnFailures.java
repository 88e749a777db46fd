package org.caseflow.casework.returns;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.caseflow.calendar.FinancialYear;
import org.caseflow.returns.validation.RuleFailure;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The current DfE rule failures of each child's record, by collection year (table {@code return_failure}). */
@Repository
public class ReturnFailures {

    private final JdbcClient jdbc;

    ReturnFailures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The child's failures for the year become these: the ones no longer found go, new ones are added,
     * and one found again is kept as it was, with the time it was first found. So running the rules
     * again on an unchanged record (a replayed event) changes nothing.
     */
    public void replace(String laChildId, FinancialYear year, List<RuleFailure> failures) {
        record Stored(long id, String code, String statutoryReturn, String location) {
        }
        List<Stored> stored = jdbc.sql("""
                        select id, code, statutory_return, location from return_failure
                        where la_child_id = :child and collection_year = :year""")
                .param("child", laChildId).param("year", year.startYear())
                .query(Stored.class).list();
        Set<List<String>> found = failures.stream()
                .map(failure -> List.of(failure.code(), failure.statutoryReturn().name(), failure.location()))
                .collect(Collectors.toSet());
        Set<List<String>> kept = new HashSet<>();
        for (Stored failure : stored) {
            List<String> key = List.of(failure.code(), failure.statutoryReturn(), failure.location());
            if (!found.contains(key) || !kept.add(key)) {
                jdbc.sql("delete from return_failure where id = :id").param("id", failure.id()).update();
            }
        }
        for (RuleFailure failure : failures) {
            if (kept.add(List.of(failure.code(), failure.statutoryReturn().name(), failure.location()))) {
                jdbc.sql("""
                                insert into return_failure (la_child_id, collection_year, code, message, statutory_return, location)
                                values (:child, :year, :code, :message, :return, :location)""")
                        .param("child", laChildId).param("year", year.startYear()).param("code", failure.code())
                        .param("message", failure.message()).param("return", failure.statutoryReturn().name())
                        .param("location", failure.location()).update();
            }
        }
    }

    /** The child's failures, the latest collection year first, rule by rule as found. */
    public List<ReturnFailure> of(String laChildId) {
        return jdbc.sql("""
                        select code, message, statutory_return, collection_year, location, found_at from return_failure
                        where la_child_id = :child order by collection_year desc, id""")
                .param("child", laChildId)
                .query((row, n) -> new ReturnFailure(row.getString("code"), row.getString("message"),
                        row.getString("statutory_return"), new FinancialYear(row.getInt("collection_year")).label(),
                        row.getString("location"), row.getTimestamp("found_at").toInstant()))
                .list();
    }

    /** Every failure of the year with its child, by rule code, then LA child id. */
    public List<ChildFailure> inYear(FinancialYear year) {
        return jdbc.sql("""
                        select la_child_id, code, message, statutory_return, location from return_failure
                        where collection_year = :year order by statutory_return, code, la_child_id, id""")
                .param("year", year.startYear())
                .query((row, n) -> new ChildFailure(row.getString("la_child_id"), row.getString("code"), row.getString("message"),
                        row.getString("statutory_return"), row.getString("location")))
                .list();
    }

    /** How many failures of each rule the year has, by rule code; rules with none are left out. */
    public Map<String, Long> countsByRule(FinancialYear year) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("select code, count(*) as failures from return_failure where collection_year = :year group by code order by code")
                .param("year", year.startYear())
                .query(row -> {
                    counts.put(row.getString("code"), row.getLong("failures"));
                });
        return counts;
    }

    /** One failure in a year's list: which child, which rule, where. */
    public record ChildFailure(String laChildId, String code, String message, String statutoryReturn, String location) {
    }
}
