package org.caseflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.caseflow.localstack.Database;
import org.caseflow.testsupport.TestPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** Loading in bulk leaves kpi-service's fact tables with exactly the indexes and constraints its migrations made. */
class BulkLoadTest {

    private static final String DEFINITIONS = """
            select indexdef as definition from pg_indexes where schemaname = 'kpi' and tablename like '%\\_fact'
            union all
            select conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) from pg_constraint
            where connamespace = 'kpi'::regnamespace and conrelid::regclass::text like '%\\_fact'
            order by 1""";

    @Test
    void theFactTablesEndAsTheMigrationsMadeThem() throws Exception {
        Database database = TestPostgres.newDatabase("bulk_load");
        Flyway.configure().dataSource(database.jdbcUrl(), database.username(), database.password())
                .schemas("kpi").defaultSchema("kpi").load().migrate();
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password())) {
            connection.setSchema("kpi");
            List<String> migrated = definitions(connection);

            BulkLoad load = BulkLoad.prepare(connection, "kpi");
            assertThat(definitions(connection)).as("no index to keep up while rows are copied in; the checks stay")
                    .isNotEmpty().allMatch(definition -> definition.contains(" CHECK "));
            try (Statement statement = connection.createStatement()) {
                statement.execute("insert into cla_period_fact (cla_period_id, la_child_id, started_on, entry_route, legal_status,"
                        + " category_of_need) values ('LAC-000001', 'C1000001', date '2026-01-05', 'ASSESSMENT', 'C2', 'N1')");
                statement.execute("insert into cla_review_fact (event_id, cla_period_id, la_child_id, held_on)"
                        + " values (gen_random_uuid(), 'LAC-000001', 'C1000001', date '2026-02-02')");
            }
            load.finish(connection);

            assertThat(migrated).hasSizeGreaterThan(40).anyMatch(definition -> definition.contains("FOREIGN KEY"));
            assertThat(definitions(connection)).isEqualTo(migrated);
        }
    }

    private static List<String> definitions(Connection connection) throws Exception {
        List<String> definitions = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(DEFINITIONS)) {
            while (row.next()) {
                definitions.add(row.getString(1));
            }
        }
        return definitions;
    }
}
