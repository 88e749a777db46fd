package org.caseflow.testsupport;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import org.caseflow.localstack.Database;
import org.caseflow.localstack.Durability;
import org.caseflow.localstack.EmbeddedPostgresServer;
import org.caseflow.localstack.PostgresServer;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

/**
 * The one place where tests obtain a real PostgreSQL server, chosen once per JVM:
 * <ol>
 *   <li>{@code CASEFLOW_TEST_DB_URL} (with {@code CASEFLOW_TEST_DB_USER} and {@code CASEFLOW_TEST_DB_PASSWORD})
 *       when set: a server you run yourself;</li>
 *   <li>else a Testcontainers PostgreSQL 16 when a Docker engine answers;</li>
 *   <li>else an embedded PostgreSQL 16 whose binaries come from Maven Central, started
 *       {@link Durability#THROWAWAY}: fast, and nothing in it outlives the run.</li>
 * </ol>
 * Each test context then creates its own database on that server, so tests never share state.
 */
public final class TestPostgres {

    public static final String URL_VARIABLE = "CASEFLOW_TEST_DB_URL";
    private static final String POSTGRES_IMAGE = "postgres:16-alpine";

    private static PostgresServer server;
    /** What must stop before the embedded server does: the application contexts that use it. */
    private static final Deque<AutoCloseable> users = new ArrayDeque<>();

    private TestPostgres() {
    }

    public static synchronized PostgresServer server() {
        if (server == null) {
            server = start(System.getenv());
            System.out.println("[caseflow tests] PostgreSQL from " + server.origin());
        }
        return server;
    }

    /** A fresh, empty database on the shared server. */
    public static Database newDatabase(String purpose) {
        return server().createUniqueDatabase(purpose);
    }

    /**
     * Asks for {@code user} to be closed before an embedded server stops at the end of the JVM.
     * Without this the JVM's shutdown hooks race, and an application still shutting down would
     * wait for connections to a server that has gone.
     */
    public static synchronized void closeBeforeShutdown(AutoCloseable user) {
        users.push(user);
    }

    static PostgresServer start(Map<String, String> environment) {
        String url = environment.get(URL_VARIABLE);
        if (url != null && !url.isBlank()) {
            return new PostgresServer(url,
                    environment.getOrDefault("CASEFLOW_TEST_DB_USER", "postgres"),
                    environment.getOrDefault("CASEFLOW_TEST_DB_PASSWORD", ""),
                    URL_VARIABLE + " (" + url + ")");
        }
        if (dockerAnswers()) {
            return startContainer();
        }
        // thrown away at the end of the run, so nothing is worth an fsync: much faster
        EmbeddedPostgresServer embedded = EmbeddedPostgresServer.startTemporary(Durability.THROWAWAY);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(embedded), "embedded-postgres-stop"));
        return embedded.server();
    }

    private static boolean dockerAnswers() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    @SuppressWarnings("resource") // stopped by Testcontainers' reaper when the JVM ends
    private static PostgresServer startContainer() {
        PostgreSQLContainer<?> container = new PostgreSQLContainer<>(POSTGRES_IMAGE);
        container.start();
        return new PostgresServer(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
                "Testcontainers (" + POSTGRES_IMAGE + ")");
    }

    private static void stop(EmbeddedPostgresServer embedded) {
        synchronized (TestPostgres.class) {
            while (!users.isEmpty()) {
                try {
                    users.pop().close();
                } catch (Exception e) {
                    System.err.println("[caseflow tests] closing before PostgreSQL stops failed: " + e);
                }
            }
        }
        embedded.close();
    }
}
