package org.caseflow.localstack;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A running PostgreSQL server on which Caseflow creates its databases (one per service).
 *
 * @param adminJdbcUrl URL of a database on the server that the user can connect to, used to create others
 * @param username     a user allowed to create databases
 * @param password     its password, empty for trust authentication
 * @param origin       where the server came from, for the log
 */
public record PostgresServer(String adminJdbcUrl, String username, String password, String origin) {

    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    /** Creates the database unless it exists, and returns how to reach it. */
    public Database ensureDatabase(String name) {
        requireSafeName(name);
        try (Connection connection = connectToAdmin();
             PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, name);
            try (ResultSet row = exists.executeQuery()) {
                if (!row.next()) {
                    create(connection, name);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name + " on " + origin, e);
        }
        return database(name);
    }

    /** Creates an empty database with a unique name, for one test. */
    public Database createUniqueDatabase(String purpose) {
        String name = ("caseflow_" + purpose + "_" + UUID.randomUUID().toString().substring(0, 8))
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        try (Connection connection = connectToAdmin()) {
            create(connection, name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name + " on " + origin, e);
        }
        return database(name);
    }

    public Database database(String name) {
        return new Database(jdbcUrlOf(name), username, password);
    }

    /** The URL of another database on the same server: only the path of the admin URL changes. */
    String jdbcUrlOf(String database) {
        int pathStart = adminJdbcUrl.indexOf('/', "jdbc:postgresql://".length());
        int queryStart = adminJdbcUrl.indexOf('?');
        String hostPart = pathStart < 0 ? (queryStart < 0 ? adminJdbcUrl : adminJdbcUrl.substring(0, queryStart))
                : adminJdbcUrl.substring(0, pathStart);
        String query = queryStart < 0 ? "" : adminJdbcUrl.substring(queryStart);
        return hostPart + "/" + database + query;
    }

    private Connection connectToAdmin() throws SQLException {
        return DriverManager.getConnection(adminJdbcUrl, username, password);
    }

    private static void create(Connection connection, String name) throws SQLException {
        requireSafeName(name);
        try (Statement statement = connection.createStatement()) {
            statement.execute("create database " + name); // a name cannot be a bind parameter; checked above
        }
    }

    private static void requireSafeName(String name) {
        if (!DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a plain database name: " + name);
        }
    }
}
