package org.caseflow.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run command's PostgreSQL, started for real in a temporary directory. */
class EmbeddedPostgresServerTest {

    @TempDir
    static Path sharedHome;
    private static EmbeddedPostgresServer shared;

    @TempDir
    Path home;

    @BeforeAll
    static void startTheRunCommandsServer() {
        shared = LocalRun.startEmbeddedPostgres(sharedHome, 0);
    }

    @AfterAll
    static void stop() {
        shared.close();
    }

    @Test
    void theRunCommandsServerWritesEveryCommitToDiskBeforeAcknowledgingIt() throws SQLException {
        try (Connection connection = connect(shared, shared.server().password())) {
            assertThat(single(connection, "show fsync")).isEqualTo("on");
            assertThat(single(connection, "show synchronous_commit")).isEqualTo("on");
            assertThat(single(connection, "show full_page_writes")).isEqualTo("on");
        }
        assertThat(shared.server().origin()).contains("fsync on");
    }

    @Test
    void aThrowawayServerIsFastOnlyWhenAskedToBe() throws SQLException {
        try (EmbeddedPostgresServer throwaway = EmbeddedPostgresServer.startTemporary(Durability.THROWAWAY);
             Connection connection = DriverManager.getConnection(throwaway.server().adminJdbcUrl(), "postgres", "")) {
            assertThat(single(connection, "show fsync")).isEqualTo("off");
            assertThat(single(connection, "show synchronous_commit")).isEqualTo("off");
        }
        try (EmbeddedPostgresServer durable = EmbeddedPostgresServer.startTemporary(Durability.DURABLE);
             Connection connection = DriverManager.getConnection(durable.server().adminJdbcUrl(), "postgres", "")) {
            assertThat(single(connection, "show fsync")).as("the library's -F is overridden").isEqualTo("on");
        }
    }

    @Test
    void aConnectionWithoutThePasswordIsRefused() {
        assertThatThrownBy(() -> connect(shared, null)).isInstanceOf(SQLException.class);
    }

    @Test
    void aConnectionWithAWrongPasswordIsRefused() {
        assertThatThrownBy(() -> connect(shared, "not-the-password"))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("password authentication failed");
    }

    @Test
    void aConnectionWithThePasswordFromTheFileIsAccepted() throws Exception {
        String password = Files.readString(sharedHome.resolve("postgres-password")).strip();

        try (Connection connection = connect(shared, password)) {
            assertThat(single(connection, "select current_user")).isEqualTo("postgres");
        }
        assertThat(shared.server().password()).isEqualTo(password);
    }

    @Test
    void theServicesGetThePasswordWithTheirDatabases() throws SQLException {
        Database database = shared.server().ensureDatabase("caseflow_casework");

        assertThat(database.jdbcUrl()).startsWith("jdbc:postgresql://127.0.0.1:" + shared.port() + "/caseflow_casework");
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password())) {
            assertThat(single(connection, "select current_database()")).isEqualTo("caseflow_casework");
        }
    }

    @Test
    void itListensOnLoopbackOnlyAndTrustsNoConnectionOfAnyKind() throws SQLException {
        try (Connection connection = connect(shared, shared.server().password())) {
            assertThat(single(connection, "show listen_addresses")).isEqualTo("127.0.0.1");
            assertThat(rows(connection, "select type || ' ' || auth_method || ' ' || coalesce(error, '') from pg_hba_file_rules"))
                    .containsExactlyInAnyOrder("local scram-sha-256 ", "host scram-sha-256 ");
        }
    }

    @Test
    void aSecondStartUsesTheSamePasswordAndKeepsTheData() throws Exception {
        Path data = home.resolve("postgres");
        Path passwordFile = home.resolve("postgres-password");
        try (EmbeddedPostgresServer first = EmbeddedPostgresServer.startPersistent(data, passwordFile, 0, Durability.DURABLE)) {
            execute(first, "create table kept (note text); insert into kept values ('from the first run')");
        }
        String password = Files.readString(passwordFile).strip();

        try (EmbeddedPostgresServer second = EmbeddedPostgresServer.startPersistent(data, passwordFile, 0, Durability.DURABLE)) {
            assertThat(second.server().password()).isEqualTo(password);
            assertThatThrownBy(() -> connect(second, null)).isInstanceOf(SQLException.class);
            try (Connection connection = connect(second, password)) {
                assertThat(single(connection, "select note from kept")).isEqualTo("from the first run");
            }
        }
    }

    @Test
    void aDataDirectoryFromBeforePasswordsIsUpgradedWithItsData() throws Exception {
        Path data = home.resolve("postgres");
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false)
                .setRegisterShutdownHook(false).start();
             Connection trusted = old.getPostgresDatabase().getConnection();
             Statement statement = trusted.createStatement()) {
            statement.execute("create table kept (note text); insert into kept values ('from before passwords')");
        }
        assertThat(Files.readString(data.resolve("pg_hba.conf"))).containsPattern("(?m)^host\\s.*\\strust\\s*$");

        try (EmbeddedPostgresServer upgraded = EmbeddedPostgresServer.startPersistent(data, home.resolve("postgres-password"), 0,
                Durability.DURABLE)) {
            assertThatThrownBy(() -> connect(upgraded, null)).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> connect(upgraded, "")).isInstanceOf(SQLException.class);
            try (Connection connection = connect(upgraded, upgraded.server().password())) {
                assertThat(single(connection, "select note from kept")).isEqualTo("from before passwords");
            }
        }
        assertThat(Files.readString(data.resolve("pg_hba.conf"))).doesNotContain("trust");
    }

    @Test
    void aReplacedPasswordFileIsExplainedAndTheServerIsNotLeftRunning() throws Exception {
        Path data = home.resolve("postgres");
        Path passwordFile = home.resolve("postgres-password");
        EmbeddedPostgresServer.startPersistent(data, passwordFile, 0, Durability.DURABLE).close();
        Files.writeString(passwordFile, "a-password-this-server-never-had");

        // closed at once should it start after all, so that a failing test leaves no server behind
        Throwable refusal = catchThrowable(() -> EmbeddedPostgresServer.startPersistent(data, passwordFile, 0, Durability.DURABLE).close());

        assertThat(refusal).hasMessageContaining("does not accept the password in " + passwordFile)
                .hasMessageContaining("--reset");
        awaitStopped(data);
    }

    private static Connection connect(EmbeddedPostgresServer server, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", "postgres");
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + server.port() + "/postgres", properties);
    }

    private static void execute(EmbeddedPostgresServer server, String sql) throws SQLException {
        try (Connection connection = connect(server, server.server().password());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String single(Connection connection, String query) throws SQLException {
        List<String> rows = rows(connection, query);
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    private static List<String> rows(Connection connection, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(query)) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }

    /** A stopped server removes its postmaster.pid. */
    private static void awaitStopped(Path data) throws InterruptedException, IOException {
        for (int attempt = 0; attempt < 100 && Files.exists(data.resolve("postmaster.pid")); attempt++) {
            Thread.sleep(100);
        }
        assertThat(data.resolve("postmaster.pid")).as("the server was stopped").doesNotExist();
    }
}
