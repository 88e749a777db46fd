package org.caseflow.support.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;

class TransientFailuresTest {

    @Test
    void theDatabaseBeingAwayOrBusyIsAFailureOfTheMoment() {
        assertThat(TransientFailures.isTransient(new CannotGetJdbcConnectionException("refused", new SQLException("refused")))).isTrue();
        assertThat(TransientFailures.isTransient(new CannotAcquireLockException("locked"))).isTrue();
        assertThat(TransientFailures.isTransient(new QueryTimeoutException("too slow"))).isTrue();
        assertThat(TransientFailures.isTransient(new RecoverableDataAccessException("connection reset"))).isTrue();
    }

    @Test
    void aPooledConnectionTheDatabaseBrokeIsAFailureOfTheMomentThoughSpringCannotSayWhatItIs() {
        assertThat(TransientFailures.isTransient(new UncategorizedSQLException("insert", "insert into contact …",
                new SQLException("Connection is closed")))).isTrue();
    }

    @Test
    void aFailureOfTheMomentIsFoundInsideTheHandlersOwnException() {
        assertThat(TransientFailures.isTransient(new IllegalStateException("could not record", new CannotAcquireLockException("locked"))))
                .isTrue();
    }

    @Test
    void whatTheEventCannotBeIsAFailureOfTheEvent() {
        assertThat(TransientFailures.isTransient(new DataIntegrityViolationException("value too long for type character varying(20)")))
                .isFalse();
        assertThat(TransientFailures.isTransient(new IllegalArgumentException("No enum constant NOT_AN_OUTCOME"))).isFalse();
    }
}
