package org.caseflow.support.feed;

import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import org.caseflow.support.database.DatabaseOutage;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.TransactionException;

/**
 * Tells a failure of the moment from a failure of the event. The database being down or
 * unreachable (which includes {@code CannotGetJdbcConnectionException}), a lock or serialization
 * conflict, or a transaction that could not be run, says nothing about the event: the same event
 * will apply once the database is back, so it must be read again rather than set aside. Anything
 * else the handler throws would fail the same way every time.
 */
final class TransientFailures {

    private TransientFailures() {
    }

    static boolean isTransient(Throwable failure) {
        if (DatabaseOutage.isCauseOf(failure)) {
            return true; // however Spring translated it: a pooled connection already closed is "uncategorized"
        }
        // a handler may wrap the database's failure in one of its own
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof TransientDataAccessException
                    || cause instanceof RecoverableDataAccessException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof TransactionException
                    || cause instanceof SQLTransientException
                    || cause instanceof SQLRecoverableException) {
                return true;
            }
        }
        return false;
    }
}
