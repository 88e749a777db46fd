package org.caseflow.kpi.catalogue;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class MeasureCatalogue {

    private static final String COLUMNS = """
            select id, priority, name, unit, polarity, target, tolerance_lower, tolerance_upper, definition
            from measure""";

    private final JdbcClient jdbc;

    MeasureCatalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<MeasureDefinition> all() {
        return jdbc.sql(COLUMNS + " order by priority, display_order").query(MeasureDefinition.class).list();
    }

    public Optional<MeasureDefinition> find(String id) {
        return jdbc.sql(COLUMNS + " where id = :id").param("id", id).query(MeasureDefinition.class).optional();
    }
}
