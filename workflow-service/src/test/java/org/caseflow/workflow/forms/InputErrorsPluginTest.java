package org.caseflow.workflow.forms;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.camunda.bpm.engine.impl.errorcode.BuiltinExceptionCode;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.junit.jupiter.api.Test;

class InputErrorsPluginTest {

    @Test
    void aForeignKeyBrokenOnSavingIsALostRaceToSendAgain() {
        // as the engine reports a flush that found an execution's child added meanwhile by a timer
        SQLException broken = new SQLException("update or delete on table \"act_ru_execution\" violates foreign key constraint", "23503");
        ProcessEngineException flush = new ProcessEnginePersistenceException("ENGINE-03004 Exception while executing Database Operation",
                new ProcessEngineException("Error flushing statements", new BatchUpdateException("Batch entry 5 was aborted", null, 0, new int[0], broken)));

        assertThatThrownBy(() -> interceptorFailingWith(flush).execute(commandContext -> null))
                .isInstanceOf(OptimisticLockingException.class).hasMessageContaining("nothing was saved")
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((ProcessEngineException) e).getCode())
                        .isEqualTo(BuiltinExceptionCode.OPTIMISTIC_LOCKING.getCode()));
    }

    @Test
    void anyOtherPersistenceErrorStaysWhatItIs() {
        SQLException tooLong = new SQLException("value too long for type character varying(255)", "22001");
        ProcessEngineException flush = new ProcessEnginePersistenceException("ENGINE-03004", tooLong);

        assertThatThrownBy(() -> interceptorFailingWith(flush).execute(commandContext -> null)).isSameAs(flush);
    }

    private static InputErrorsPlugin.UnwrapInputErrors interceptorFailingWith(ProcessEngineException failure) {
        InputErrorsPlugin.UnwrapInputErrors unwrap = new InputErrorsPlugin.UnwrapInputErrors();
        unwrap.setNext(new CommandInterceptor() {
            @Override
            public <T> T execute(Command<T> command) {
                throw failure;
            }
        });
        return unwrap;
    }
}
