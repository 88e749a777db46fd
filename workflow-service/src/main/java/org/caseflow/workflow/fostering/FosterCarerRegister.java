package org.caseflow.workflow.fostering;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * The carers ever approved: every {@code foster-carer} journey, running or ended, known by its
 * carer id. Read as the journey, not as the manager approving a carer, who may not be allowed to
 * read every carer's history but must not reuse an id.
 */
@Component
class FosterCarerRegister {

    static final String JOURNEY = "foster-carer";

    private final HistoryService history;

    FosterCarerRegister(HistoryService history) {
        this.history = history;
    }

    /** Whether a carer other than the journey {@code except} has had this id, including one since deregistered. */
    boolean isKnown(String carerId, String except) {
        return Context.getCommandContext().runWithoutAuthorization(() -> history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(JOURNEY).processInstanceBusinessKey(carerId).list().stream()
                .anyMatch(journey -> !journey.getId().equals(except)));
    }
}
