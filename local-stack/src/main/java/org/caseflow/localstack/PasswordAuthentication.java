package org.caseflow.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import org.postgresql.PGConnection;

/**
 * Makes a running embedded PostgreSQL ask every connection for the superuser's password.
 *
 * <p>The embedded server's initdb trusts every local connection and gives the superuser no
 * password, so the password is set once the server runs, then {@code pg_hba.conf} is replaced
 * and reloaded. A data directory made by an earlier version of the run command (trust, no
 * password) is upgraded the same way on its next start, keeping its data.
 */
final class PasswordAuthentication {

    /** Every connection, over TCP or the unix socket, for every user and database: no trust anywhere. */
    static final String PG_HBA = """
            # Written by Caseflow's run command: every connection must give its password. The
            # superuser's is in the file postgres-password next to this data directory.
            # TYPE  DATABASE  USER  ADDRESS        METHOD
            local   all       all                  scram-sha-256
            host    all       all   127.0.0.1/32   scram-sha-256
            """;

    private static final Duration RELOAD_TIMEOUT = Duration.ofSeconds(10);

    private PasswordAuthentication() {
    }

    /** True when the data directory already asks for passwords, as this class leaves it. */
    static boolean isRequired(Path dataDirectory) {
        try {
            return Files.readString(hbaFile(dataDirectory)).equals(PG_HBA);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Sets the superuser's password and switches the server to scram-sha-256, unless that is
     * already done; returns once the server refuses a connection without the password.
     */
    static void require(Path dataDirectory, String jdbcUrl, String superuser, String password) {
        if (isRequired(dataDirectory)) {
            return;
        }
        try (Connection connection = DriverManager.getConnection(jdbcUrl, superuser, password);
             Statement statement = connection.createStatement()) {
            // hashed here, so that the password itself never reaches the server or its log
            connection.unwrap(PGConnection.class).alterUserPassword(superuser, password.toCharArray(), "scram-sha-256");
            Files.writeString(hbaFile(dataDirectory), PG_HBA);
            statement.execute("select pg_reload_conf()");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set the password of the embedded PostgreSQL in " + dataDirectory, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitPasswordRequired(jdbcUrl, superuser, dataDirectory);
    }

    /**
     * The server reads pg_hba.conf again a moment after being asked; until then it still trusts.
     * An unreadable file would leave the old rules in force, so this also catches that.
     */
    private static void awaitPasswordRequired(String jdbcUrl, String superuser, Path dataDirectory) {
        Properties withoutPassword = new Properties();
        withoutPassword.setProperty("user", superuser);
        Instant deadline = Instant.now().plus(RELOAD_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            try (Connection trusted = DriverManager.getConnection(jdbcUrl, withoutPassword)) {
                pause();
            } catch (SQLException refused) {
                return;
            }
        }
        throw new IllegalStateException("The embedded PostgreSQL in " + dataDirectory
                + " still lets connections in without a password after its pg_hba.conf was replaced");
    }

    private static Path hbaFile(Path dataDirectory) {
        return dataDirectory.resolve("pg_hba.conf");
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the embedded PostgreSQL reloaded its settings", e);
        }
    }
}
