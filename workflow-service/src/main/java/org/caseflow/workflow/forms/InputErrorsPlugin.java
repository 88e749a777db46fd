package org.caseflow.workflow.forms;

import java.util.ArrayList;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
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
                }
                throw e;
            }
        }
    }

    /** A journey rule's refusal, as the form error the engine's APIs and Tasklist answer. */
    static FormFieldValidationException asFormError(RuleViolation violation) {
        FormFieldValidationException invalidInput = new FormFieldValidationException(violation.field(), violation.getMessage());
        invalidInput.setCode(EngineErrorCodes.INVALID_INPUT);
        return invalidInput;
    }
}
