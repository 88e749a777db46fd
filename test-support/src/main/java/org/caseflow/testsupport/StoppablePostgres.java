package org.caseflow.testsupport;

import java.nio.file.Path;
import org.caseflow.localstack.Durability;
import org.caseflow.localstack.EmbeddedPostgresServer;
import org.caseflow.localstack.PostgresServer;

/**
 * A PostgreSQL server of one test's own, which the test may stop and start again: a real outage.
 * {@link #stop()} shuts the server down (every connection is closed, new ones are refused), and
 * {@link #startAgain()} starts it on the same port with the same data and password, as an
 * administrator's restart would. It is always an embedded server of the run command's kind,
 * whatever {@link TestPostgres} chose for the other tests: a server a test was given is not one it
 * may stop, and the other tests must not see the outage.
 */
public final class StoppablePostgres implements AutoCloseable {

    private final Path dataDirectory;
    private final Path passwordFile;
    private final Durability durability;
    private final int port;
    private final PostgresServer server;
    private EmbeddedPostgresServer running;

    private StoppablePostgres(Path directory, Durability durability) {
        this.dataDirectory = directory.resolve("postgres");
        this.passwordFile = directory.resolve("postgres-password");
        this.durability = durability;
        this.running = EmbeddedPostgresServer.startPersistent(dataDirectory, passwordFile, 0, durability);
        this.port = running.port();
        this.server = running.server();
    }

    /** Starts a server keeping its data and password in {@code directory}, on a free port. */
    public static StoppablePostgres start(Path directory, Durability durability) {
        return new StoppablePostgres(directory, durability);
    }

    /** Where the server is, whether it is running or not. */
    public PostgresServer server() {
        return server;
    }

    public int port() {
        return port;
    }

    /** A fast shutdown: open transactions are rolled back, connections closed, and nothing is accepted until {@link #startAgain()}. */
    public synchronized void stop() {
        if (running != null) {
            running.close();
            running = null;
        }
    }

    /** Starts the stopped server again, on its port, with its data. */
    public synchronized void startAgain() {
        if (running == null) {
            running = EmbeddedPostgresServer.startPersistent(dataDirectory, passwordFile, port, durability);
        }
    }

    public synchronized boolean isRunning() {
        return running != null;
    }

    @Override
    public void close() {
        stop();
    }
}
