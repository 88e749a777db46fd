package org.caseflow.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.caseflow.localstack.Database;
import org.caseflow.localstack.PostgresServer;
import org.junit.jupiter.api.Test;

class TestPostgresTest {

    @Test
    void eachDatabaseIsFreshAndReal() throws Exception {
        Database first = TestPostgres.newDatabase("one");
        Database second = TestPostgres.newDatabase("two");

        assertThat(first.jdbcUrl()).isNotEqualTo(second.jdbcUrl());
        try (Connection connection = DriverManager.getConnection(first.jdbcUrl(), first.username(), first.password());
             Statement statement = connection.createStatement()) {
            statement.execute("create table marker (id int)");
            ResultSet version = statement.executeQuery("show server_version_num");
            version.next();
            assertThat(version.getInt(1)).isGreaterThanOrEqualTo(140000);
        }
        try (Connection connection = DriverManager.getConnection(second.jdbcUrl(), second.username(), second.password());
             Statement statement = connection.createStatement()) {
            ResultSet tables = statement.executeQuery("select count(*) from information_schema.tables where table_name = 'marker'");
            tables.next();
            assertThat(tables.getInt(1)).isZero();
        }
    }

    @Test
    void aConfiguredServerWinsOverEverythingElse() {
        PostgresServer server = TestPostgres.start(Map.of(
                TestPostgres.URL_VARIABLE, "jdbc:postgresql://db.example:5433/admin?sslmode=disable",
                "CASEFLOW_TEST_DB_USER", "tester"));

        assertThat(server.username()).isEqualTo("tester");
        assertThat(server.database("other").jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:5433/other?sslmode=disable");
    }
}
