package org.caseflow.localstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * A real PostgreSQL 16 started from binaries that Maven fetched from Maven Central, so a machine
 * needs nothing but a JDK. Stopping it is the caller's job ({@link #close()}).
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final PostgresServer server;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, String origin) {
        this.postgres = postgres;
        this.server = new PostgresServer(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "", origin);
    }

    /** Keeps its data in {@code dataDirectory} between runs. */
    public static EmbeddedPostgresServer startPersistent(Path dataDirectory, int port) {
        return start(EmbeddedPostgres.builder()
                        .setDataDirectory(dataDirectory)
                        .setCleanDataDirectory(false)
                        .setPort(port),
                "embedded PostgreSQL on port " + port + ", data in " + dataDirectory);
    }

    /** Throws its data away when closed; for tests. */
    public static EmbeddedPostgresServer startTemporary() {
        return start(EmbeddedPostgres.builder()
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off"),
                "embedded PostgreSQL (temporary)");
    }

    private static EmbeddedPostgresServer start(EmbeddedPostgres.Builder builder, String origin) {
        try {
            EmbeddedPostgres postgres = builder
                    .setServerConfig("max_connections", "300")
                    .setRegisterShutdownHook(false)
                    .start();
            return new EmbeddedPostgresServer(postgres, origin);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start an embedded PostgreSQL", e);
        }
    }

    public PostgresServer server() {
        return server;
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
