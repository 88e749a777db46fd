package org.caseflow.kpi.population;

import java.util.List;
import java.util.Optional;
import org.caseflow.calendar.FinancialYear;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The 0-17 population that rates per 10,000 children are computed against. */
@Repository
public class ChildPopulation {

    private final JdbcClient jdbc;

    ChildPopulation(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The estimate of the year the financial year starts in, or the latest before it. */
    public Optional<PopulationEstimate> forYear(FinancialYear year) {
        return jdbc.sql("""
                        select mid_year, population, source from child_population
                        where mid_year <= :year order by mid_year desc limit 1""")
                .param("year", year.startYear())
                .query(PopulationEstimate.class).optional();
    }

    List<PopulationEstimate> all() {
        return jdbc.sql("select mid_year, population, source from child_population order by mid_year")
                .query(PopulationEstimate.class).list();
    }

    void set(PopulationEstimate estimate) {
        jdbc.sql("""
                        insert into child_population (mid_year, population, source) values (:year, :population, :source)
                        on conflict (mid_year) do update set population = excluded.population, source = excluded.source""")
                .param("year", estimate.midYear()).param("population", estimate.population()).param("source", estimate.source())
                .update();
    }
}
