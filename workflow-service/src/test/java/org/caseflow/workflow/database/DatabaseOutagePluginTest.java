package org.caseflow.workflow.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.sql.SQLTransientConnectionException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.caseflow.support.database.DatabaseOutage;
import org.caseflow.workflow.forms.EngineErrorCodes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The engine's failures to reach its database, as the engine throws them, named as one. */
class DatabaseOutagePluginTest {

    private static final SQLTransientConnectionException POOL_TIMED_OUT =
            new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 2000ms");

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void aTransactionThatCouldNotBeginIsTheDatabaseBeingUnavailableWithItsCode() {
        Throwable failure = catchThrowable(() -> run(new CannotCreateTransactionException("Could not open JDBC Connection", POOL_TIMED_OUT)));

        assertThat(failure).isInstanceOf(DatabaseUnavailable.class).hasRootCause(POOL_TIMED_OUT);
        assertThat(((DatabaseUnavailable) failure).getCode()).isEqualTo(EngineErrorCodes.DATABASE_UNAVAILABLE);
        assertThat(failure.getMessage()).as("what a caller may see").doesNotContain("Hikari").contains("cannot reach its database");
    }

    @Test
    void theEnginesOwnWrappingIsSeenThrough() {
        Throwable failure = catchThrowable(() -> run(new ProcessEngineException("An exception occurred in the persistence layer",
                new RuntimeException("### Error querying database", POOL_TIMED_OUT))));

        assertThat(failure).isInstanceOf(DatabaseUnavailable.class);
    }

    @Test
    void theRequestItWasRunForIsMarked() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

        catchThrowable(() -> run(new CannotCreateTransactionException("Could not open JDBC Connection", POOL_TIMED_OUT)));

        assertThat(request.getAttribute(DatabaseOutage.NOTICED_ATTRIBUTE)).isEqualTo(Boolean.TRUE);
    }

    @Test
    void anyOtherFailureGoesOnAsItWas() {
        ProcessEngineException refused = new ProcessEngineException("a journey rule refused it");

        assertThat(catchThrowable(() -> run(refused))).isSameAs(refused);
    }

    /** Runs a command through the interceptor, the engine behind it failing with {@code failure}. */
    private static void run(RuntimeException failure) {
        DatabaseOutagePlugin.NameDatabaseOutages interceptor = new DatabaseOutagePlugin.NameDatabaseOutages();
        interceptor.setNext(new CommandExecutor() {
            @Override
            public <T> T execute(Command<T> command) {
                throw failure;
            }
        });
        interceptor.execute(commandContext -> null);
    }
}
