package org.caseflow.workflow.database;

import org.camunda.bpm.engine.ProcessEngineException;
import org.caseflow.support.web.Problems;
import org.caseflow.workflow.forms.EngineErrorCodes;

/**
 * The engine could not reach its database. Its message is the one a caller may see (Camunda's
 * webapps show an error's message), so it names no internals; the cause keeps them for the log.
 */
public class DatabaseUnavailable extends ProcessEngineException {

    DatabaseUnavailable(Throwable cause) {
        super(Problems.databaseUnavailable().getDetail(), cause);
        setCode(EngineErrorCodes.DATABASE_UNAVAILABLE);
    }
}
