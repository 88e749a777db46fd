package org.caseflow.kpi.catalogue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caseflow.kpi.catalogue.MeasureDefinition.Milestone;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class MeasureCatalogue {

    private static final String ALL = """
            select id, priority, name, unit, polarity, target, tolerance_lower, tolerance_upper, definition, rated_against
            from measure order by priority, display_order""";

    private static final String MILESTONES = "select measure_id, month, target from measure_milestone order by measure_id, month";

    private final JdbcClient jdbc;

    MeasureCatalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One measure, with its milestones. */
    public java.util.Optional<MeasureDefinition> byId(String id) {
        return all().stream().filter(measure -> measure.id().equals(id)).findFirst();
    }

    public List<MeasureDefinition> all() {
        Map<String, List<Milestone>> milestones = new HashMap<>();
        jdbc.sql(MILESTONES).query(row -> {
            milestones.computeIfAbsent(row.getString("measure_id"), id -> new ArrayList<>())
                    .add(new Milestone(YearMonth.from(row.getObject("month", LocalDate.class)), row.getBigDecimal("target")));
        });
        return jdbc.sql(ALL).query((row, number) -> new MeasureDefinition(row.getString("id"), row.getString("priority"),
                row.getString("name"), MeasureDefinition.Unit.valueOf(row.getString("unit")),
                MeasureDefinition.Polarity.valueOf(row.getString("polarity")), row.getBigDecimal("target"),
                row.getBigDecimal("tolerance_lower"), row.getBigDecimal("tolerance_upper"), row.getString("definition"),
                milestones.get(row.getString("id")), MeasureDefinition.RatedAgainst.valueOf(row.getString("rated_against")))).list();
    }
}
