package org.caseflow.workflow.forms;

import java.sql.SQLException;
import java.util.ArrayList;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.errorcode.BuiltinExceptionCode;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.caseflow.workflow.rules.RuleViolation;
import org.springframework.stereotype.Component;

/**
 * The engine wraps whatever a task or execution listener throws, so a {@link TaskInput} check or a
 * journey rule's {@link RuleViolation} would reach Tasklist and the REST API as an internal error
 * (500). This outermost command interceptor lets the refusal through as a
 * {@link FormFieldValidationException} once the transaction has rolled back: the caller gets 400
 * with the rule's message, and nothing changed.
 * Likewise {@link DependencyUnavailable}, which our API answers 503. Each gets its
 * {@link EngineErrorCodes} code, for the REST API's answer.
 */
@Component
class InputErrorsPlugin extends AbstractProcessEnginePlugin {

    /** PostgreSQL's (and the SQL standard's) state for a broken foreign key. */
    private static final String FOREIGN_KEY_VIOLATION = "23503";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
            configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
        }
        configuration.getCustomPreCommandInterceptorsTxRequired().add(0, new UnwrapInputErrors());
    }

    static class UnwrapInputErrors extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            try {
                return next.execute(command);
            } catch (ProcessEngineException e) {
                for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                    if (cause instanceof FormFieldValidationException invalidInput) {
                        invalidInput.setCode(EngineErrorCodes.INVALID_INPUT);
                        throw invalidInput;
                    }
                    if (cause instanceof RuleViolation violation) {
                        throw asFormError(violation);
                    }
                    if (cause instanceof DependencyUnavailable unavailable) {
                        unavailable.setCode(EngineErrorCodes.DEPENDENCY_UNAVAILABLE);
                        throw unavailable;
                    }
                    if (isForeignKeyViolation(cause)) {
                        throw lostRace(e);
                    }
                }
                throw e;
            }
        }
    }

    /**
     * The engine keeps its own rows consistent, so a foreign key it breaks on saving means another
     * transaction changed the same journey meanwhile: a timer firing as a plan ends adds an
     * escalation under the scope being removed. Camunda detects most such races by row version and
     * answers {@link OptimisticLockingException}; this one it leaves as a persistence error (500).
     * It is the same lost race, nothing was saved, and the step can simply be sent again.
     */
    static OptimisticLockingException lostRace(ProcessEngineException e) {
        OptimisticLockingException conflict = new OptimisticLockingException(
                "The journey changed while this step was being saved (" + e.getClass().getSimpleName() + "); nothing was saved.", e);
        conflict.setCode(BuiltinExceptionCode.OPTIMISTIC_LOCKING.getCode());
        return conflict;
    }

    private static boolean isForeignKeyViolation(Throwable cause) {
        return cause instanceof SQLException sql && FOREIGN_KEY_VIOLATION.equals(sql.getSQLState());
    }

    /** A journey rule's refusal, as the form error the engine's APIs and Tasklist answer. */
    static FormFieldValidationException asFormError(RuleViolation violation) {
        FormFieldValidationException invalidInput = new FormFieldValidationException(violation.field(), violation.getMessage());
        invalidInput.setCode(EngineErrorCodes.INVALID_INPUT);
        return invalidInput;
    }
}
