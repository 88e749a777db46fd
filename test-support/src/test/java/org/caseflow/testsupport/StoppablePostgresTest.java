package org.caseflow.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.caseflow.localstack.Database;
import org.caseflow.localstack.Durability;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoppablePostgresTest {

    @TempDir
    Path directory;

    @Test
    void aStoppedServerRefusesConnectionsAndComesBackWhereItWasWithItsData() throws SQLException {
        try (StoppablePostgres postgres = StoppablePostgres.start(directory, Durability.DURABLE)) {
            Database database = postgres.server().ensureDatabase("caseflow_outage");
            try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
                statement.execute("create table kept (note text); insert into kept values ('before the outage')");
            }

            postgres.stop();

            assertThat(postgres.isRunning()).isFalse();
            assertThatThrownBy(() -> connect(database)).isInstanceOf(SQLException.class)
                    .satisfies(refused -> assertThat(((SQLException) refused).getSQLState()).startsWith("08"));

            postgres.startAgain();

            try (Connection connection = connect(database); Statement statement = connection.createStatement();
                 ResultSet kept = statement.executeQuery("select note from kept")) {
                assertThat(kept.next()).isTrue();
                assertThat(kept.getString(1)).isEqualTo("before the outage");
            }
            assertThat(postgres.server().adminJdbcUrl()).contains(":" + postgres.port() + "/");
        }
    }

    private static Connection connect(Database database) throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
    }
}
