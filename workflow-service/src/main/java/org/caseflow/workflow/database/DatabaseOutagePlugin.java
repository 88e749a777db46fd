package org.caseflow.workflow.database;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.caseflow.support.database.DatabaseOutage;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * When the database cannot be reached, what the engine throws depends on where it noticed: Spring's
 * {@code CannotCreateTransactionException} as a command begins, a {@code ProcessEngineException}
 * around MyBatis's persistence exception in the middle, and Camunda's REST API answers either as an
 * internal error (500). This outermost command interceptor gives every such failure one name,
 * {@link DatabaseUnavailable}, carrying {@code EngineErrorCodes.DATABASE_UNAVAILABLE}, so that the
 * REST API answers 503 with {@code Retry-After} like the rest of Caseflow (its {@code EngineRestProblems}
 * reads the code). Caseflow's own APIs and filters recognise it by its cause (service-support's
 * {@code DatabaseUnavailableFilter}); the request is marked too, for the webapps' REST API, which
 * answers whatever it catches with a 500 that the filter then turns into a 503. Nothing changes for
 * the job executor: it backs off and acquires jobs again once the database is back.
 */
@Component
class DatabaseOutagePlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
            configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
        }
        configuration.getCustomPreCommandInterceptorsTxRequired().add(0, new NameDatabaseOutages());
    }

    static class NameDatabaseOutages extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            try {
                return next.execute(command);
            } catch (DatabaseUnavailable named) {
                throw named; // a nested command's, already named
            } catch (RuntimeException failure) {
                if (DatabaseOutage.isCauseOf(failure)) {
                    markTheRequest();
                    throw new DatabaseUnavailable(failure);
                }
                throw failure;
            }
        }

        /** A command run for a request (not the job executor's): its answer is to be a 503, whoever writes it. */
        private static void markTheRequest() {
            RequestAttributes request = RequestContextHolder.getRequestAttributes();
            if (request != null) {
                request.setAttribute(DatabaseOutage.NOTICED_ATTRIBUTE, Boolean.TRUE, RequestAttributes.SCOPE_REQUEST);
            }
        }
    }
}
