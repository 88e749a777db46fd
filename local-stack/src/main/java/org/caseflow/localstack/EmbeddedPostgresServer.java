package org.caseflow.localstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * A real PostgreSQL 16 started from binaries that Maven fetched from Maven Central, so a machine
 * needs nothing but a JDK. Stopping it is the caller's job ({@link #close()}). How durable it is
 * ({@link Durability}) is the caller's choice, made at every start.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final String SUPERUSER = "postgres";
    /** IPv4 loopback only: the server is for the processes of this machine, and named by this address everywhere. */
    private static final String LISTEN_ADDRESS = "127.0.0.1";
    /** PostgreSQL's SQLSTATE for a wrong password. */
    private static final String INVALID_PASSWORD = "28P01";

    private final EmbeddedPostgres postgres;
    private final PostgresServer server;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, PostgresServer server) {
        this.postgres = postgres;
        this.server = server;
    }

    /**
     * A server of the run command's kind (it starts one {@link Durability#DURABLE}, see
     * {@link LocalRun}): keeps its data in {@code dataDirectory} between runs, listens on
     * 127.0.0.1 only, and lets no one in without the superuser's password, which is made on the
     * first run and kept in {@code passwordFile}. A data directory from before passwords is
     * upgraded on its first start here.
     *
     * @param port 0 for any free port ({@link #port()} tells which)
     */
    public static EmbeddedPostgresServer startPersistent(Path dataDirectory, Path passwordFile, int port, Durability durability) {
        String password = PostgresPasswordFile.readOrCreate(passwordFile);
        EmbeddedPostgres postgres = startOrExplain(EmbeddedPostgres.builder()
                        .setDataDirectory(dataDirectory)
                        .setCleanDataDirectory(false)
                        .setPort(port)
                        .setServerConfig("listen_addresses", LISTEN_ADDRESS)
                        // how the library checks that the server is up, which needs the password once it is required
                        .setConnectConfig("password", password),
                durability, dataDirectory, passwordFile);
        String adminJdbcUrl = "jdbc:postgresql://" + LISTEN_ADDRESS + ":" + postgres.getPort() + "/postgres";
        try {
            PasswordAuthentication.require(dataDirectory, adminJdbcUrl, SUPERUSER, password);
        } catch (RuntimeException e) {
            close(postgres);
            throw e;
        }
        return new EmbeddedPostgresServer(postgres, new PostgresServer(adminJdbcUrl, SUPERUSER, password,
                "embedded PostgreSQL on " + LISTEN_ADDRESS + ":" + postgres.getPort() + " (fsync " + durability.flushSetting()
                        + "), data in " + dataDirectory
                        + ", password in " + passwordFile));
    }

    /** Throws its data away when closed, and trusts every local connection; for tests. */
    public static EmbeddedPostgresServer startTemporary(Durability durability) {
        EmbeddedPostgres postgres = start(EmbeddedPostgres.builder(), durability);
        return new EmbeddedPostgresServer(postgres, new PostgresServer(postgres.getJdbcUrl(SUPERUSER, "postgres"), SUPERUSER, "",
                "embedded PostgreSQL (temporary, fsync " + durability.flushSetting() + ")"));
    }

    private static EmbeddedPostgres startOrExplain(EmbeddedPostgres.Builder builder, Durability durability, Path dataDirectory,
            Path passwordFile) {
        try {
            return start(builder, durability);
        } catch (UncheckedIOException e) {
            if (!refusedPassword(e)) {
                throw e;
            }
            // the library gives up on a server that refuses its password, but leaves it running
            stopLeftRunning(dataDirectory);
            throw new IllegalStateException("The embedded PostgreSQL in " + dataDirectory + " does not accept the password in "
                    + passwordFile + ". Put back the file it was made with, or start again from empty databases with"
                    + " ./run.sh --reset (this deletes the local data).", e);
        }
    }

    private static EmbeddedPostgres start(EmbeddedPostgres.Builder builder, Durability durability) {
        try {
            return builder
                    // The library starts every server with -F (fsync off) and synchronous_commit off,
                    // settings for throwaway databases. Both are said here every time: a -c setting
                    // comes after -F on the server's command line, and the last word wins.
                    .setServerConfig("fsync", durability.flushSetting())
                    .setServerConfig("synchronous_commit", durability.flushSetting())
                    .setServerConfig("max_connections", "300")
                    .setRegisterShutdownHook(false)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start an embedded PostgreSQL", e);
        }
    }

    private static boolean refusedPassword(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && INVALID_PASSWORD.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The postmaster's process id is the first line of postmaster.pid. It is only asked to stop
     * (TERM, a smart shutdown) when that process is still a PostgreSQL server.
     */
    private static void stopLeftRunning(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        try {
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
            ProcessHandle.of(pid)
                    .filter(process -> process.info().command().map(command -> command.endsWith("postgres")).orElse(false))
                    .ifPresent(ProcessHandle::destroy);
        } catch (IOException | RuntimeException e) {
            System.err.println("Could not stop the embedded PostgreSQL left running in " + dataDirectory + ": " + e);
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
        close(postgres);
    }

    private static void close(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
