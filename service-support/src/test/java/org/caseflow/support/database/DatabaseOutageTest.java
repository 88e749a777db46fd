package org.caseflow.support.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.caseflow.localstack.Database;
import org.caseflow.localstack.Durability;
import org.caseflow.testsupport.StoppablePostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.DataSourceUtils;

/** What counts as the database being unreachable, with the failures a real PostgreSQL gives. */
class DatabaseOutageTest {

    @TempDir
    static Path directory;
    private static StoppablePostgres postgres;
    private static Database database;

    @BeforeAll
    static void startAServerOfOurOwn() {
        postgres = StoppablePostgres.start(directory, Durability.THROWAWAY);
        database = postgres.server().ensureDatabase("caseflow_outage");
    }

    @AfterAll
    static void stop() {
        postgres.close();
    }

    @BeforeEach
    void theServerIsUp() {
        postgres.startAgain();
    }

    @Test
    void aPoolThatCannotGetAConnectionIsAnOutageHoweverItIsWrapped() {
        postgres.stop();
        try (HikariDataSource pool = pool()) {
            Throwable timedOut = catchThrowable(pool::getConnection);
            Throwable asSpringSaysIt = catchThrowable(() -> DataSourceUtils.getConnection(pool));

            assertThat(DatabaseOutage.isCauseOf(timedOut)).as(timedOut.toString()).isTrue();
            assertThat(DatabaseOutage.isCauseOf(asSpringSaysIt)).as(asSpringSaysIt.toString()).isTrue();
            assertThat(DatabaseOutage.isCauseOf(new IllegalStateException("the engine's wrapping", asSpringSaysIt))).isTrue();
            assertThat(DatabaseOutage.describe(asSpringSaysIt)).as("the innermost cause").contains("refused");
        }
    }

    @Test
    void aConnectionClosedByTheServerShuttingDownIsAnOutage() throws SQLException {
        try (Connection connection = connect()) {
            postgres.stop();

            Throwable broken = catchThrowable(() -> execute(connection, "select 1"));

            assertThat(broken).isInstanceOf(SQLException.class);
            assertThat(DatabaseOutage.isCauseOf(broken)).as(((SQLException) broken).getSQLState() + " " + broken).isTrue();
        }
    }

    @Test
    void aTransactionWhosePooledConnectionTheServerBrokeFailsAgainOnRollbackAndThatIsAnOutageToo() throws SQLException {
        try (HikariDataSource pool = pool(); Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            execute(connection, "select 1");
            postgres.stop();
            catchThrowable(() -> execute(connection, "select 1")); // the pool closes the broken connection

            Throwable rollback = catchThrowable(connection::rollback);

            assertThat(rollback).hasMessage("Connection is closed");
            assertThat(DatabaseOutage.isCauseOf(rollback)).isTrue();
        }
    }

    @Test
    void aFailureOfTheRequestItselfIsNot() throws SQLException {
        try (Connection connection = connect()) {
            execute(connection, "create table if not exists keyed (id int primary key)");
            execute(connection, "delete from keyed; insert into keyed values (1)");

            Throwable badSql = catchThrowable(() -> execute(connection, "select from nowhere at all"));
            Throwable duplicate = catchThrowable(() -> execute(connection, "insert into keyed values (1)"));

            assertThat(DatabaseOutage.isCauseOf(badSql)).as(badSql.toString()).isFalse();
            assertThat(DatabaseOutage.isCauseOf(duplicate)).as(duplicate.toString()).isFalse();
            assertThat(DatabaseOutage.isCauseOf(new IllegalArgumentException("a bug"))).isFalse();
        }
    }

    private static HikariDataSource pool() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(database.jdbcUrl());
        config.setUsername(database.username());
        config.setPassword(database.password());
        config.setConnectionTimeout(500);
        config.setInitializationFailTimeout(-1); // the pool is made while the server is down
        return new HikariDataSource(config);
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
