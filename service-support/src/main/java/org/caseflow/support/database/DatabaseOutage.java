package org.caseflow.support.database;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Tells a failure to reach the database from every other failure, whatever wraps it: Hikari giving
 * up waiting for a connection, PostgreSQL refusing connections or closing them as it shuts down,
 * and the exceptions of Spring, MyBatis and the workflow engine around those. Such a failure is
 * the moment's, not the request's: it is answered 503 with {@code Retry-After}, and the same
 * request will work once the database is back.
 */
public final class DatabaseOutage {

    /**
     * The request attribute by which code that caught an outage and answered it itself marks the
     * request, so that its answer becomes a 503 all the same: the workflow engine's REST layers
     * answer every failure they catch with a 500 of their own.
     */
    public static final String NOTICED_ATTRIBUTE = DatabaseOutage.class.getName() + ".noticed";

    /** SQLSTATE class 08, "connection exception": refused, broken, closed. */
    private static final String CONNECTION_EXCEPTION = "08";
    /**
     * The server is shutting down (57P01 by an administrator, 57P02 after a crash of one of its
     * processes), is starting and not accepting connections yet (57P03), or has no room for another
     * connection (53300).
     */
    private static final Set<String> SERVER_NOT_ACCEPTING = Set.of("57P01", "57P02", "57P03", "53300");
    /**
     * What HikariCP says when a pooled connection it has already closed is used again. It closes a
     * connection as soon as the database breaks it (a shutdown, a lost network); the transaction
     * that held it then fails again on its rollback, with this, and that failure is the one thrown.
     */
    private static final String POOLED_CONNECTION_CLOSED = "Connection is closed";
    /** Exceptions are wrapped a handful of times at most; this only guards against a cycle. */
    private static final int MAX_DEPTH = 32;

    private DatabaseOutage() {
    }

    /** True when {@code failure}, or anything it wraps, is a failure to reach the database. */
    public static boolean isCauseOf(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_DEPTH; depth++, cause = cause.getCause()) {
            if (isConnectionFailure(cause)) {
                return true;
            }
        }
        return false;
    }

    /** The innermost cause, in one line for a log: an outage is logged once per request, not as a stack trace. */
    public static String describe(Throwable failure) {
        Throwable innermost = failure;
        for (int depth = 0; innermost.getCause() != null && depth < MAX_DEPTH; depth++) {
            innermost = innermost.getCause();
        }
        return innermost.getClass().getSimpleName() + ": " + innermost.getMessage();
    }

    private static boolean isConnectionFailure(Throwable cause) {
        if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException) {
            return true;
        }
        if (!(cause instanceof SQLException sql)) {
            return false;
        }
        String state = sql.getSQLState();
        if (state == null) {
            return POOLED_CONNECTION_CLOSED.equals(sql.getMessage());
        }
        return state.startsWith(CONNECTION_EXCEPTION) || SERVER_NOT_ACCEPTING.contains(state);
    }
}
