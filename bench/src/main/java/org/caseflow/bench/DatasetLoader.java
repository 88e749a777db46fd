package org.caseflow.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import org.caseflow.calendar.WorkingDayCalendar;
import org.caseflow.localstack.Database;
import org.caseflow.localstack.PostgresServer;
import org.caseflow.simulator.CouncilSimulation;
import org.caseflow.simulator.JourneyStep;
import org.caseflow.simulator.facts.KpiFactWriter;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;

/**
 * Fills a dataset's KPI database: kpi-service's schema by its own Flyway migrations, then the simulated council's
 * facts copied straight in ({@link KpiFactWriter}), with the tables' indexes made after the copy ({@link BulkLoad}). A database an earlier run filled with the same council, on the
 * same schema, is used again: England takes minutes to fill. It says so in a table of its own, written last.
 */
final class DatasetLoader {

    /** What filling a dataset took; {@code reused} when an earlier run had filled it. */
    record Loaded(Database database, long steps, long rows, Duration took, boolean reused) {
    }

    private final PostgresServer server;
    private final WorkingDayCalendar calendar;

    DatasetLoader(PostgresServer server, WorkingDayCalendar calendar) {
        this.server = server;
        this.calendar = calendar;
    }

    Loaded ensure(Dataset dataset) {
        Database database = server.ensureDatabase(dataset.databaseName());
        String schemaVersion = latestMigration(database);
        try (Connection connection = connect(database)) {
            Loaded earlier = filledEarlier(connection, database, schemaVersion);
            // a migration edited since the fill (its checksum differs) would stop the KPI service starting on it
            if (earlier != null && flyway(database).validateWithResult().validationSuccessful) {
                return earlier;
            }
            emptied(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not look into " + dataset.databaseName() + ": " + e.getMessage(), e);
        }
        migrate(database);
        long started = System.nanoTime();
        long steps;
        Map<String, Long> rows;
        try (Connection connection = connect(database)) {
            connection.setSchema("kpi");
            BulkLoad bulkLoad = BulkLoad.prepare(connection, "kpi");
            Progress progress = new Progress(dataset.name());
            KpiFactWriter writer = new KpiFactWriter(connection, dataset.seed());
            steps = CouncilSimulation.of(dataset.profile(), dataset.seed(), calendar).run(dataset.first(), dataset.last(),
                    step -> {
                        writer.accept(step);
                        progress.step(step);
                    });
            writer.close();
            rows = writer.rowsWritten();
            System.out.printf("    filled %s with %,d steps; making its indexes%n", dataset.name(), steps);
            bulkLoad.finish(connection);
            try (Statement statement = connection.createStatement()) {
                statement.execute("analyze");
            }
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            long rowCount = rows.values().stream().mapToLong(Long::longValue).sum();
            markFilled(connection, schemaVersion, steps, rowCount, took);
            return new Loaded(database, steps, rowCount, took, false);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not fill " + dataset.databaseName() + ": " + e.getMessage(), e);
        }
    }

    private static Loaded filledEarlier(Connection connection, Database database, String schemaVersion) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet exists = statement.executeQuery("select to_regclass('public.bench_dataset') is not null")) {
            exists.next();
            if (!exists.getBoolean(1)) {
                return null;
            }
        }
        try (PreparedStatement query = connection.prepareStatement(
                "select steps, fact_rows, load_millis from bench_dataset where schema_version = ?")) {
            query.setString(1, schemaVersion);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? new Loaded(database, row.getLong(1), row.getLong(2), Duration.ofMillis(row.getLong(3)), true) : null;
            }
        }
    }

    private static void emptied(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists kpi cascade");
            statement.execute("drop table if exists public.bench_dataset");
            statement.execute("drop table if exists public.flyway_schema_history");
        }
    }

    private static void markFilled(Connection connection, String schemaVersion, long steps, long rows, Duration took) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("create table public.bench_dataset (schema_version text, steps bigint, fact_rows bigint, load_millis bigint)");
        }
        try (PreparedStatement insert = connection.prepareStatement("insert into public.bench_dataset values (?, ?, ?, ?)")) {
            insert.setString(1, schemaVersion);
            insert.setLong(2, steps);
            insert.setLong(3, rows);
            insert.setLong(4, took.toMillis());
            insert.executeUpdate();
        }
    }

    /** kpi-service's own migrations (on the classpath), as the service runs them on its database. */
    static Flyway flyway(Database database) {
        return Flyway.configure().dataSource(database.jdbcUrl(), database.username(), database.password())
                .schemas("kpi").defaultSchema("kpi").load();
    }

    private static void migrate(Database database) {
        flyway(database).migrate();
    }

    /** The latest of kpi-service's migrations on the classpath: a dataset filled on an older schema is filled again. */
    private static String latestMigration(Database database) {
        MigrationInfo[] all = flyway(database).info().all();
        return all.length == 0 ? "none" : all[all.length - 1].getVersion().toString();
    }

    private static Connection connect(Database database) throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
    }

    /** Says how far a long fill has got, every few seconds. */
    private static final class Progress {

        private static final long EVERY_NANOS = Duration.ofSeconds(15).toNanos();
        private final String name;
        private final long started = System.nanoTime();
        private long lastSaid = started;
        private long steps;

        Progress(String name) {
            this.name = name;
        }

        void step(JourneyStep step) {
            steps++;
            if ((steps & 0xFFFF) == 0 && System.nanoTime() - lastSaid > EVERY_NANOS) {
                lastSaid = System.nanoTime();
                System.out.printf("    filling %s: %,d steps, at %s%n", name, steps, step.occurredOn());
            }
        }
    }
}
