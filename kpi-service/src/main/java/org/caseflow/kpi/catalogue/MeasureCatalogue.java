package org.caseflow.kpi.catalogue;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class MeasureCatalogue {

    private static final String ALL = """
            select id, priority, name, unit, polarity, target, tolerance_lower, tolerance_upper, definition
            from measure order by priority, display_order""";

    private final JdbcClient jdbc;

    MeasureCatalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<MeasureDefinition> all() {
        return jdbc.sql(ALL).query(MeasureDefinition.class).list();
    }
}
